import { useTranslations } from "next-intl";
import type { FacilityOption } from "@/lib/places/schema";

export type FacilityItem = FacilityOption & { detail?: string | null };

/** Small icon-and-name chips for list cards: an icon alone says little to a rider in a hurry. */
export function FacilityChips({ items }: { items: FacilityItem[] }) {
  const t = useTranslations("places.place");
  if (!items.length) return null;
  return (
    <ul aria-label={t("facilities")} className="flex min-w-0 flex-wrap gap-1">
      {items.map((f) => (
        <li key={f.code} data-facility={f.code} className="inline-flex items-center gap-1 rounded bg-stone-100 px-1.5 py-0.5 text-sm text-stone-900">
          <span aria-hidden="true">{f.icon}</span>
          {f.name}
        </li>
      ))}
    </ul>
  );
}

/** Icons with labels and details ("14张床位"): for the sheet and the place page. */
export function FacilityList({ items }: { items: FacilityItem[] }) {
  const t = useTranslations("places.place");
  if (!items.length) return <p className="text-stone-700">{t("noFacilities")}</p>;
  return (
    <ul className="grid grid-cols-1 gap-1.5 sm:grid-cols-2">
      {items.map((f) => (
        <li key={f.code} data-facility={f.code} className="flex items-start gap-2">
          <span aria-hidden="true" className="inline-flex h-7 w-7 shrink-0 items-center justify-center rounded bg-stone-100 text-base">
            {f.icon}
          </span>
          <span className="min-w-0 pt-0.5 wrap-anywhere">
            {f.name}
            {f.detail ? <span className="text-stone-700">（{f.detail}）</span> : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
