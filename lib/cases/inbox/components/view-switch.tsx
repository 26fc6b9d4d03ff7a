import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/link";
import { casesHref } from "../query";

/** Table or board, keeping the filters. */
export function ViewSwitch({ view, query }: { view: "table" | "board"; query: string }) {
  const t = useTranslations("dashboard.inbox");
  const board = query ? `${query}&view=board` : "view=board";
  const item = "inline-flex min-h-11 items-center rounded-md border-2 px-4 font-semibold";
  return (
    <nav aria-label={t("views")} className="flex gap-2">
      <Link href={casesHref(query)} aria-current={view === "table" ? "page" : undefined} className={`${item} ${view === "table" ? "border-stone-800 bg-stone-800 text-white" : "border-stone-500 bg-white text-stone-900"}`}>
        {t("table")}
      </Link>
      <Link href={casesHref(board)} aria-current={view === "board" ? "page" : undefined} className={`${item} ${view === "board" ? "border-stone-800 bg-stone-800 text-white" : "border-stone-500 bg-white text-stone-900"}`}>
        {t("board")}
      </Link>
    </nav>
  );
}
