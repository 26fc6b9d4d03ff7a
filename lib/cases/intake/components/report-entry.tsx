"use client";

import { useSyncExternalStore, type ComponentProps } from "react";
import type { PlaceChoice } from "../loaders";
import { OnePageReport } from "./one-page-report";
import { ReportForm } from "./report-form";

const noSubscribe = () => () => {};

type Props = ComponentProps<typeof ReportForm> & { places: PlaceChoice[]; idempotencyKey: string };

/**
 * Progressive enhancement: the server renders the one-page form inside <noscript>, which a browser
 * with JavaScript never shows; once React runs, the six-step wizard takes over. Rendering the wizard
 * only after hydration keeps a browser without JavaScript from showing a step 1 it cannot pass.
 */
export function ReportEntry({ places, idempotencyKey, ...wizard }: Props) {
  const hydrated = useSyncExternalStore(noSubscribe, () => true, () => false);
  if (hydrated) return <ReportForm {...wizard} />;
  return (
    <noscript>
      <OnePageReport catalogue={wizard.catalogue} places={places} idempotencyKey={idempotencyKey} />
    </noscript>
  );
}
