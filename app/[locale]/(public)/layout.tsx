import type { ReactNode } from "react";
import { BottomNav } from "@/components/shell/bottom-nav";
import { PublicHeader } from "@/components/shell/public-header";

export default function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <PublicHeader />
      <main id="main" className="mx-auto max-w-6xl px-3 pb-20 pt-3 md:pb-6">
        {children}
      </main>
      <BottomNav />
    </>
  );
}
