import { useFormatter, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/link";
import type { InAppNotification } from "@/lib/notify/data";
import { CHINA_DATE_TIME } from "@/lib/time/china";

const KINDS = new Set(["dispatched", "returned", "reminder", "chase", "escalation", "extension_requested", "extension_decided", "officer_chase",
  "supervision_opened", "supervision_answered", "supervision_reminder", "supervision_chase", "supervision_escalation",
  "accept_reminder", "accept_chase", "accept_escalation"]);

export function NotificationList({ items }: { items: InAppNotification[] }) {
  const t = useTranslations("dashboard.notifications");
  const format = useFormatter();
  if (items.length === 0) return <p className="rounded-md border border-stone-300 bg-white p-4">{t("none")}</p>;
  return (
    <ul className="space-y-2">
      {items.map((n) => {
        const unread = !n.readAt;
        return (
          <li key={n.id} className={unread ? "rounded-md border-2 border-brand-700 bg-white p-3" : "rounded-md border border-stone-300 bg-stone-50 p-3"}>
            <p className="flex flex-wrap items-center gap-2">
              {unread ? <span className="rounded bg-brand-700 px-1.5 text-sm font-semibold text-white">{t("new")}</span> : null}
              <strong>{t(`kinds.${(KINDS.has(n.kind) ? n.kind : "other") as "other"}`)}</strong>
            </p>
            <p className="text-sm text-stone-700">
              <time dateTime={n.createdAt.toISOString()}>{format.dateTime(n.createdAt, CHINA_DATE_TIME)}</time>
              {n.caseId && n.caseReference ? (
                <>
                  {" · "}
                  <Link href={`/admin/cases/${n.caseId}`} className="font-mono text-brand-800 underline">
                    {t("case", { reference: n.caseReference })}
                  </Link>
                </>
              ) : null}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
