import type { ReactNode } from "react";

export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="mb-4">
      <h1 className="text-2xl font-bold text-stone-900">{title}</h1>
      {children ? <p className="mt-1 text-stone-700">{children}</p> : null}
    </div>
  );
}
