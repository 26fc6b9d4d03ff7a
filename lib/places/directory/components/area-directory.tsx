import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/link";
import { PLACE_KINDS, type PlaceKind } from "@/lib/places/schema";
import type { AreaPlace } from "../loaders";
import { BackToMapLink } from "./back-to-map";
import { KindLabel } from "./place-facts";

type Props = { places: AreaPlace[]; total: number; page: number; pages: number; kind: PlaceKind | null };

/** Places grouped by district, then subdistrict; consecutive rows of one group share a heading. */
function groups(places: AreaPlace[]) {
  const out: { district: AreaPlace["district"]; subs: { name: string; places: AreaPlace[] }[] }[] = [];
  for (const p of places) {
    let d = out.at(-1);
    if (d?.district !== p.district) out.push((d = { district: p.district, subs: [] }));
    let s = d.subs.at(-1);
    if (s?.name !== p.subdistrict) d.subs.push((s = { name: p.subdistrict, places: [] }));
    s.places.push(p);
  }
  return out;
}

/**
 * The directory without the map: plain HTML, a GET form and links, so it works without
 * JavaScript, with a screen reader, and on a phone that cannot draw the map.
 */
export function AreaDirectory({ places, total, page, pages, kind }: Props) {
  const t = useTranslations("places");
  const pageHref = (n: number) => ({ pathname: "/places", query: { kind: kind ?? undefined, page: n > 1 ? n : undefined } });
  const continues = page > 1 && places[0] ? places[0] : null;
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <BackToMapLink />
      <h1 className="text-2xl font-bold text-stone-900">{t("areas.title")}</h1>
      <p className="text-stone-800">{t("areas.intro")}</p>
      <form method="get" className="flex flex-wrap items-end gap-2">
        <label className="flex min-w-0 flex-col gap-1 font-semibold">
          {t("areas.kind")}
          <select name="kind" defaultValue={kind ?? ""} className="min-h-11 rounded-lg border-2 border-stone-400 bg-white px-2 font-normal">
            <option value="">{t("areas.allKinds")}</option>
            {PLACE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="min-h-11 rounded-lg bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800">
          {t("areas.apply")}
        </button>
      </form>
      <p className="text-sm text-stone-700">
        {t("areas.count", { count: total })}
        {pages > 1 ? ` · ${t("areas.page", { page, pages })}` : null}
      </p>
      {!places.length ? <p className="text-stone-700">{t("areas.empty")}</p> : null}
      {groups(places).map((d, i) => (
        <section key={d.district} aria-labelledby={`area-${d.district}`} className="space-y-3">
          <h2 id={`area-${d.district}`} className="border-b-2 border-brand-700 pb-1 text-xl font-bold">
            {t(`districts.${d.district}`)}
            {i === 0 && continues?.district === d.district ? t("areas.continued") : null}
          </h2>
          {d.subs.map((s) => (
            <section key={s.name} aria-labelledby={`area-${d.district}-${s.name}`}>
              <h3 id={`area-${d.district}-${s.name}`} className="mb-1 font-bold text-stone-900">
                {s.name}
                <span className="ml-2 text-sm font-normal text-stone-700">{t("list.count", { count: s.places.length })}</span>
              </h3>
              <ul className="divide-y divide-stone-200 rounded-lg border border-stone-300 bg-white">
                {s.places.map((p) => (
                  <li key={p.id} data-place-id={p.id} className="px-3 py-2">
                    <Link href={`/places/${p.id}`} prefetch={false} className="font-semibold text-brand-800 underline wrap-anywhere">
                      {p.name}
                    </Link>
                    <p className="text-sm text-stone-800 wrap-anywhere">
                      <KindLabel kind={p.kind} /> · {p.address}
                    </p>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      ))}
      {pages > 1 ? (
        <nav aria-label={t("areas.pages")} className="flex justify-between gap-2">
          {page > 1 ? (
            <Link href={pageHref(page - 1)} className="inline-flex min-h-11 items-center rounded-lg border-2 border-stone-500 bg-white px-4 font-semibold">
              ← {t("areas.previous")}
            </Link>
          ) : (
            <span />
          )}
          {page < pages ? (
            <Link href={pageHref(page + 1)} className="inline-flex min-h-11 items-center rounded-lg border-2 border-stone-500 bg-white px-4 font-semibold">
              {t("areas.next")} →
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
