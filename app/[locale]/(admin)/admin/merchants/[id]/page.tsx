import type { ReactNode } from "react";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/link";
import { ChangesTable } from "@/lib/merchants/components/changes-table";
import { ReviewActions } from "@/lib/merchants/components/review-actions";
import { StatusBadge } from "@/lib/merchants/components/status-badge";
import { creditCodeProblem } from "@/lib/merchants/credit-code";
import { loadApplicationReview } from "@/lib/merchants/loaders";
import { reviewActionsFor } from "@/lib/merchants/workflow";
import { FacilityList } from "@/lib/places/directory/components/facility-list";
import { HoursTable } from "@/lib/places/directory/components/hours-table";
import { loadFacilityOptions } from "@/lib/places/directory/loaders";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props) {
  const { id } = await params;
  const app = await loadApplicationReview(id);
  return { title: app.businessName };
}

export default async function AdminMerchantApplicationPage({ params }: Props) {
  await requirePermission("merchants:review");
  const { id } = await params;
  const locale = await getLocale();
  const [app, facilities, t, tt, td, format] = await Promise.all([
    loadApplicationReview(id),
    loadFacilityOptions(locale),
    getTranslations("merchants.review"),
    getTranslations("merchants.types"),
    getTranslations("places.districts"),
    getFormatter(),
  ]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const codeOk = creditCodeProblem(app.creditCode) === null;
  const services = facilities.filter((f) => app.facilityCodes.includes(f.code));
  const contact = [app.merchant.phone, app.merchant.email].filter(Boolean).join(" · ");
  const rows: [string, ReactNode][] = [
    [t("kind"), app.isEdit ? t("kindEdit") : t("kindNew")],
    [t("merchant"), `${app.merchant.name}${contact ? ` (${contact})` : ""}`],
    [t("creditCode"), <span key="code"><span className="font-mono">{app.creditCode}</span> <span className={codeOk ? "text-green-900" : "font-semibold text-red-800"}>{t(codeOk ? "creditCodeValid" : "creditCodeInvalid")}</span></span>],
    [t("businessType"), tt.has(app.businessType as never) ? tt(app.businessType as never) : app.businessType],
    [t("address"), app.addressZh],
    [t("pin"), <span key="pin" className="tabular-nums">{t("pinValue", { lat: app.lat.toFixed(6), lng: app.lng.toFixed(6), datum: app.sourceDatum })}</span>],
    [t("district"), app.district ? td(app.district) : "—"],
    [t("phone"), app.phone ?? "—"],
    [t("description"), app.descriptionZh ?? "—"],
    [t("submittedAt"), when(app.createdAt)],
  ];
  return (
    <div className="max-w-4xl space-y-6">
      <Link href={{ pathname: "/admin/merchants", query: { status: app.status } }} className="inline-flex min-h-11 items-center text-brand-800 underline">
        {t("back")}
      </Link>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold text-stone-900">{app.businessName}</h1>
        <StatusBadge status={app.status} />
      </div>
      {app.reviewNote ? <p className="rounded-md border border-stone-300 bg-stone-50 p-3">{t("lastNote", { note: app.reviewNote })}</p> : null}
      {app.place ? (
        <p>
          <Link href={`/places/${app.place.id}`} className="font-semibold text-brand-800 underline">
            {t("livePlace")}
          </Link>
        </p>
      ) : null}

      <section aria-labelledby="actions-title" className="space-y-2">
        <h2 id="actions-title" className="text-xl font-bold">{t("actionsTitle")}</h2>
        {reviewActionsFor(app.status).length ? (
          <ReviewActions id={app.id} version={app.version} actions={reviewActionsFor(app.status)} />
        ) : (
          <p className="text-stone-700">{t(app.status === "NEEDS_CHANGES" ? "waitingForMerchant" : "noActions")}</p>
        )}
      </section>

      <section aria-labelledby="details-title" className="space-y-2">
        <h2 id="details-title" className="text-xl font-bold">{t("details")}</h2>
        <dl className="grid gap-x-4 gap-y-2 rounded-lg border border-stone-300 bg-white p-4 sm:grid-cols-[12rem_1fr]">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-semibold text-stone-800">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>

      {app.changes ? (
        <section aria-labelledby="changes-title" className="space-y-2">
          <h2 id="changes-title" className="text-xl font-bold">{t("changes")}</h2>
          <ChangesTable changes={app.changes} facilities={facilities} />
        </section>
      ) : null}

      <section aria-labelledby="hours-title" className="space-y-2">
        <h2 id="hours-title" className="text-xl font-bold">{t("hours")}</h2>
        <HoursTable hours={app.hours} is24h={app.is24h} today={0} />
      </section>

      <section aria-labelledby="services-title" className="space-y-2">
        <h2 id="services-title" className="text-xl font-bold">{t("services")}</h2>
        <FacilityList items={services} />
      </section>

      <section aria-labelledby="photos-title" className="space-y-2">
        <h2 id="photos-title" className="text-xl font-bold">{t("photos")}</h2>
        {app.photos.length === 0 ? <p className="text-stone-700">{t("noPhotos")}</p> : null}
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3">
          {app.photos.map((p, i) => (
            <li key={p.key}>
              <a href={p.url} target="_blank" rel="noreferrer">
                {/* Served by an authorizing route handler: next/image cannot fetch it. */}
                {/* eslint-disable-next-line @next/next/no-img-element -- a private photo from an authorized route; the image optimizer would cache it */}
                <img src={p.url} alt={t("photoAlt", { n: i + 1 })} className="aspect-square w-full rounded-md border border-stone-400 object-cover" />
              </a>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
