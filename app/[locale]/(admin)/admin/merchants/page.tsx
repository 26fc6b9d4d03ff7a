import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePermission } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/link";
import { loadReviewQueue } from "@/lib/merchants/loaders";
import { APPLICATION_STATUSES, type ApplicationStatus } from "@/lib/merchants/schema";

export async function generateMetadata() {
  const t = await getTranslations("merchants.review");
  return { title: t("title") };
}

export default async function AdminMerchantsPage({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  await requirePermission("merchants:review");
  const { status: raw } = await searchParams;
  const status: ApplicationStatus = APPLICATION_STATUSES.find((s) => s === raw) ?? "SUBMITTED";
  const [{ rows, counts }, t, ts, tt, td, format] = await Promise.all([
    loadReviewQueue(status),
    getTranslations("merchants.review"),
    getTranslations("merchants.status"),
    getTranslations("merchants.types"),
    getTranslations("places.districts"),
    getFormatter(),
  ]);
  return (
    <div className="space-y-4">
      <PageHeading title={t("title")}>{t("intro")}</PageHeading>
      <nav aria-label={t("tabs")}>
        <ul className="flex flex-wrap gap-2">
          {APPLICATION_STATUSES.map((s) => (
            <li key={s}>
              <Link
                href={{ pathname: "/admin/merchants", query: { status: s } }}
                aria-current={s === status ? "page" : undefined}
                className="inline-flex min-h-11 items-center rounded-md border border-stone-400 bg-white px-3 hover:bg-stone-100 aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-50 aria-[current=page]:font-semibold"
              >
                {t("tab", { status: ts(s), count: counts[s] })}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {rows.length === 0 ? (
        <p role="status" className="rounded-md border border-stone-300 bg-white p-4">
          {t("empty")}
        </p>
      ) : (
        <table className="w-full border-collapse bg-white text-left">
          <caption className="sr-only">{t("tableCaption", { status: ts(status) })}</caption>
          <thead>
            <tr className="border-b border-stone-300">
              <th scope="col" className="p-2">{t("business")}</th>
              <th scope="col" className="p-2">{t("kind")}</th>
              <th scope="col" className="p-2">{t("businessType")}</th>
              <th scope="col" className="p-2">{t("district")}</th>
              <th scope="col" className="p-2">{t("merchant")}</th>
              <th scope="col" className="p-2">{t("submittedAt")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-b border-stone-200">
                <td className="p-2">
                  <Link href={`/admin/merchants/${r.id}`} className="font-semibold text-brand-800 underline">
                    {r.businessName}
                  </Link>
                </td>
                <td className="p-2">{r.isEdit ? t("kindEdit") : t("kindNew")}</td>
                <td className="p-2">{tt.has(r.businessType as never) ? tt(r.businessType as never) : r.businessType}</td>
                <td className="p-2">{r.district ? td(r.district) : "—"}</td>
                <td className="p-2">{r.merchant.name}</td>
                <td className="p-2 tabular-nums">{format.dateTime(r.createdAt, { dateStyle: "medium", timeStyle: "short" })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
