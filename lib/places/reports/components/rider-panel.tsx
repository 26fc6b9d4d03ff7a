import type { ReactNode } from "react";

/**
 * The frame of a rider's one-tap form on a place page (check-in, 设施正常): heading, a line of
 * explanation, the outcome of the last post (read from the redirect's query), then the form.
 */
export function RiderPanel(props: { id: string; heading: string; intro: string; outcome: string | null; className: string; children: ReactNode }) {
  return (
    <section id={props.id} aria-labelledby={`${props.id}-heading`} className={`space-y-3 rounded-lg border-2 p-4 ${props.className}`}>
      <h2 id={`${props.id}-heading`} className="text-lg font-bold">
        {props.heading}
      </h2>
      <p className="text-stone-800">{props.intro}</p>
      {props.outcome ? (
        <p role="status" className="rounded-md border-2 border-stone-600 bg-white p-3 font-semibold text-stone-900">
          {props.outcome}
        </p>
      ) : null}
      {props.children}
    </section>
  );
}
