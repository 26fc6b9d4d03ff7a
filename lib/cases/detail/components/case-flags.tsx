import { useTranslations } from "next-intl";

type Props = { supporters: number; reopenCount: number; needsSupervisor: boolean; chaseCount?: number; supervision?: "open" | "answered" | null };

/** Supporters (我也遇到), 催办 count, reopen count and the supervisor flag, as short text chips. */
export function CaseFlags({ supporters, reopenCount, needsSupervisor, chaseCount = 0, supervision = null }: Props) {
  const t = useTranslations("dashboard.flags");
  return (
    <span className="flex flex-wrap gap-1 text-sm">
      {supporters > 0 ? <span className="rounded bg-sky-100 px-1.5 py-0.5 text-sky-950">{t("supporters", { count: supporters })}</span> : null}
      {supervision ? (
        <strong data-testid="supervision-flag" className={supervision === "open" ? "rounded bg-red-700 px-1.5 py-0.5 text-white" : "rounded bg-stone-700 px-1.5 py-0.5 text-white"}>
          {t(supervision === "open" ? "supervisionOpen" : "supervised")}
        </strong>
      ) : null}
      {chaseCount > 0 ? <span data-testid="chase-count" className="rounded bg-amber-200 px-1.5 py-0.5 text-amber-950">{t("chased", { count: chaseCount })}</span> : null}
      {reopenCount > 0 ? <span className="rounded bg-red-100 px-1.5 py-0.5 text-red-900">{t("reopened", { count: reopenCount })}</span> : null}
      {needsSupervisor ? <strong className="rounded bg-red-700 px-1.5 py-0.5 text-white">{t("needsSupervisor")}</strong> : null}
    </span>
  );
}
