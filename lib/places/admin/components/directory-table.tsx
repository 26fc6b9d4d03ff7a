import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/link";
import type { PlaceStatus } from "../../schema";
import type { listDirectory } from "../data";
import { StatusTag } from "./status-tag";

type Row = Awaited<ReturnType<typeof listDirectory>>["rows"][number];

export async function DirectoryTable({ rows }: { rows: Row[] }) {
  const t = await getTranslations("directory");
  const tp = await getTranslations("places");
  const en = (await getLocale()) === "en";
  if (!rows.length) return <p className="rounded-md border border-stone-300 bg-white p-4">{t("list.empty")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white text-left">
        <caption className="sr-only">{t("list.caption")}</caption>
        <thead>
          <tr className="border-b-2 border-stone-300">
            <th scope="col" className="p-2">{t("list.name")}</th>
            <th scope="col" className="p-2">{t("list.kind")}</th>
            <th scope="col" className="p-2">{t("list.area")}</th>
            <th scope="col" className="p-2">{t("list.status")}</th>
            <th scope="col" className="p-2">{t("list.lastVerified")}</th>
            <th scope="col" className="p-2">{t("list.openReports")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr key={p.id} className="border-b border-stone-200">
              <td className="p-2">
                <Link href={`/admin/places/${p.id}`} className="font-semibold text-brand-700 underline">
                  {(en && p.nameEn) || p.nameZh}
                </Link>
                {p.isSample ? <span className="ml-2 text-xs text-stone-700">{t("list.sample")}</span> : null}
              </td>
              <td className="p-2">{tp(`kinds.${p.kind}`)}</td>
              <td className="p-2">
                {tp(`districts.${p.district}`)} · {p.subdistrict}
              </td>
              <td className="p-2">
                <StatusTag status={p.status as PlaceStatus} />
              </td>
              <td className="p-2 tabular-nums">{p.lastVerifiedAt ? p.lastVerifiedAt.toISOString().slice(0, 10) : t("list.never")}</td>
              <td className="p-2 tabular-nums">{p._count.reports || "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
