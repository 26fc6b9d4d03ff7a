import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Link } from "@/lib/i18n/link";
import type { CategoryAttribute } from "@/lib/cases/schema";
import type { StaffCase, Viewer } from "../types";
import { RevealPhoneForm } from "./forms/reveal-phone-form";
import { localName } from "@/lib/cases/components/names";

function answerText(def: CategoryAttribute, value: unknown, en: boolean): string {
  const name = (key: unknown) => {
    const v = def.values?.find((x) => x.key === key);
    return v ? (en ? v.nameEn : v.nameZh) : String(key);
  };
  if (Array.isArray(value)) return value.map(name).join("、");
  return def.datatype === "singlevaluelist" ? name(value) : String(value);
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-semibold text-stone-800">{label}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </>
  );
}

/** What the worker reported, as they reported it; the phone stays masked unless an officer reveals it. */
export function CaseReport({ c, viewer }: { c: StaffCase; viewer: Viewer }) {
  const t = useTranslations("dashboard");
  const locale = useLocale();
  const en = locale === "en";
  const defs = Array.isArray(c.category.attributes) ? (c.category.attributes as unknown as CategoryAttribute[]) : [];
  const answers = (c.attributes && typeof c.attributes === "object" ? c.attributes : {}) as Record<string, unknown>;
  const answered = defs.filter((d) => answers[d.code] !== undefined && answers[d.code] !== "");
  const osm = c.lat !== null && c.lng !== null ? `https://www.openstreetmap.org/?mlat=${c.lat}&mlon=${c.lng}#map=17/${c.lat}/${c.lng}` : null;
  return (
    <section aria-labelledby="report-heading" className="rounded-lg border border-stone-300 bg-white p-4">
      <h2 id="report-heading" className="mb-2 text-xl font-bold">
        {t("report.title")}
      </h2>
      <dl className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[minmax(7rem,auto)_1fr]">
        <Row label={t("report.category")}>{localName(locale, c.category)}</Row>
        <Row label={t("report.group")}>{localName(locale, c.workerGroup)}</Row>
        <Row label={t("report.channel")}>{t(`channels.${c.channel}`)}</Row>
        <Row label={t("report.description")}>
          <p className="whitespace-pre-wrap">{c.description}</p>
        </Row>
        {answered.map((d) => (
          <Row key={d.code} label={en ? d.descriptionEn : d.descriptionZh}>
            {answerText(d, answers[d.code], en)}
          </Row>
        ))}
        <Row label={t("report.employer")}>{c.employer || <span className="text-stone-700">{t("report.notGiven")}</span>}</Row>
        <Row label={t("report.place")}>
          {c.place ? (
            <Link href={`/places/${c.place.id}`} className="text-brand-800 underline">
              {(en ? c.place.nameEn : null) ?? c.place.nameZh}
            </Link>
          ) : (
            <span className="text-stone-700">{t("report.notGiven")}</span>
          )}
        </Row>
        <Row label={t("report.position")}>
          {osm ? (
            <>
              {t("report.coordinates", { lat: c.lat!.toFixed(5), lng: c.lng!.toFixed(5) })}
              {c.district ? ` · ${t(`districts.${c.district}`)}` : null}{" "}
              <a href={osm} target="_blank" rel="noopener noreferrer" className="text-brand-800 underline">
                {t("report.openMap")}
              </a>
            </>
          ) : (
            <span className="text-stone-700">{t("report.notGiven")}</span>
          )}
        </Row>
        <Row label={t("report.contact")}>{c.anonymous ? t("report.anonymous") : (c.contactName ?? t("report.noName"))}</Row>
        <Row label={t("report.phone")}>
          {c.contactPhone ? <span className="font-mono">{c.contactPhone}</span> : <span className="text-stone-700">{t("report.noPhone")}</span>}
        </Row>
      </dl>
      {viewer.canRevealPhone && c.hasPhone ? (
        <div className="mt-2">
          <RevealPhoneForm caseId={c.id} />
        </div>
      ) : null}
      <h3 className="mt-4 font-bold">{t("report.photos")}</h3>
      {c.photoUrls.length === 0 ? (
        <p className="text-stone-700">{t("report.noPhotos")}</p>
      ) : (
        <ul className="mt-2 flex flex-wrap gap-2">
          {c.photoUrls.map((url, i) => (
            <li key={url}>
              <a href={url} target="_blank" rel="noopener noreferrer">
                {/* Staff-authorized route URLs, not static files: next/image would cache them. */}
                {/* eslint-disable-next-line @next/next/no-img-element -- a private photo from an authorized route; the image optimizer would cache it */}
                <img src={url} alt={t("report.photoAlt", { n: i + 1 })} width={c.photos[i]?.width} height={c.photos[i]?.height} loading="lazy" className="h-40 w-auto rounded border border-stone-300 object-cover" />
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
