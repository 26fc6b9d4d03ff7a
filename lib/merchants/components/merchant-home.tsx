import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/link";
import type { loadMerchantHome } from "../loaders";
import { StatusBadge } from "./status-badge";

type Home = Awaited<ReturnType<typeof loadMerchantHome>>;

const card = "rounded-lg border border-stone-300 bg-white p-4";
const actionLink = "inline-flex min-h-11 items-center rounded-md border-2 border-brand-700 px-3 font-semibold text-brand-800 hover:bg-brand-50";

/** The merchant's own page: their applications with state and reason, and their live venues. */
export async function MerchantHome({ home }: { home: Home }) {
  const [t, format] = await Promise.all([getTranslations("merchants.home"), getFormatter()]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="space-y-6">
      <section aria-labelledby="venues-title" className="space-y-3">
        <h2 id="venues-title" className="text-xl font-bold">{t("venues")}</h2>
        {home.venues.length === 0 ? <p className="text-stone-700">{t("noVenues")}</p> : null}
        <ul className="space-y-3">
          {home.venues.map((v) => (
            <li key={v.id} className={card}>
              <h3 className="font-bold">{v.nameZh}</h3>
              <p className="text-stone-700">{v.addressZh}</p>
              <p className="text-sm text-stone-700">{t(`placeStatus.${v.status}`)}</p>
              <div className="mt-2 flex flex-wrap gap-2">
                <Link href={`/places/${v.id}`} className={actionLink}>
                  {t("viewPublic")}
                </Link>
                {v.editPending ? (
                  <p className="flex min-h-11 items-center text-sm text-stone-800">{t("editPending")}</p>
                ) : (
                  <Link href={{ pathname: "/merchant/apply", query: { place: v.id } }} className={actionLink}>
                    {t("editVenue")}
                  </Link>
                )}
              </div>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="applications-title" className="space-y-3">
        <h2 id="applications-title" className="text-xl font-bold">{t("applications")}</h2>
        {home.applications.length === 0 ? <p className="text-stone-700">{t("noApplications")}</p> : null}
        <ul className="space-y-3">
          {home.applications.map((a) => (
            <li key={a.id} className={card} data-application={a.id}>
              <div className="flex flex-wrap items-center gap-2">
                <h3 className="font-bold">{a.businessName}</h3>
                <StatusBadge status={a.status} />
              </div>
              <p className="text-sm text-stone-700">
                {a.isEdit ? t("kindEdit") : t("kindNew")} · {t("submittedAt", { date: date(a.createdAt) })}
              </p>
              {a.reviewNote && (a.status === "REJECTED" || a.status === "NEEDS_CHANGES") ? (
                <p className="mt-2 rounded-md border border-stone-300 bg-stone-50 p-2">
                  {t(a.status === "REJECTED" ? "rejectedReason" : "changesRequested", { note: a.reviewNote })}
                </p>
              ) : null}
              {a.status === "APPROVED" && a.placeId ? (
                <Link href={`/places/${a.placeId}`} className={`${actionLink} mt-2`}>
                  {t("viewPublic")}
                </Link>
              ) : null}
              {a.editable ? (
                <Link href={{ pathname: "/merchant/apply", query: { application: a.id } }} className={`${actionLink} mt-2`}>
                  {t("edit")}
                </Link>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
