import { useFormatter, useTranslations } from "next-intl";
import type { CaseStatus } from "@/lib/cases/workflow/workflow";
import type { StaffCase } from "../types";
import { CHINA_DATE_TIME } from "@/lib/time/china";

type Event = StaffCase["events"][number];
const EVENT_KEYS = new Set([
  "SUBMITTED", "ACCEPT", "DECLINE", "MERGE", "DISPATCH", "SIGN", "RETURN", "REDISPATCH", "START_CONSULTATION", "CONCLUDE_CONSULTATION", "RESOLVE",
  "RATE_SATISFIED", "RATE_UNSATISFIED_REOPEN", "RATE_UNSATISFIED_CAPPED", "ASSESS", "CLOSE_UNRATED", "DISPATCH_REOPENED", "PUBLIC_REPLY",
  "INTERNAL_NOTE", "CONSULTATION_RECORDED", "EXTENSION_REQUESTED", "EXTENSION_APPROVED", "EXTENSION_REFUSED", "SUPPORTER_ADDED", "REMINDER", "CHASE", "ESCALATION",
  "DELETION_REQUESTED", "REDACTED", "OFFICER_CHASE",
  "SUPERVISION_OPENED", "SUPERVISION_ANSWERED", "SUPERVISION_REMINDER", "SUPERVISION_CHASE", "SUPERVISION_ESCALATION",
]);

function payloadOf(e: Event): Record<string, unknown> {
  return e.payload && typeof e.payload === "object" && !Array.isArray(e.payload) ? (e.payload as Record<string, unknown>) : {};
}

function Detail({ e }: { e: Event }) {
  const t = useTranslations("dashboard");
  const format = useFormatter();
  const p = payloadOf(e);
  const when = (iso: unknown) => (typeof iso === "string" && !Number.isNaN(Date.parse(iso)) ? format.dateTime(new Date(iso), CHINA_DATE_TIME) : null);
  const parts: string[] = [];
  const due = e.type === "EXTENSION_APPROVED" ? when(p.to) : e.type.includes("DISPATCH") ? when(p.dueAt) : null;
  if (due) parts.push(t("timeline.newDeadline", { date: due }));
  if (e.type === "RESOLVE" && typeof p.outcome === "string" && ["RESOLVED", "EXPLAINED", "REFERRED"].includes(p.outcome)) parts.push(t(`outcomes.${p.outcome as "RESOLVED"}`));
  if (e.type === "ASSESS" && typeof p.score === "number") parts.push(t("detail.score", { score: p.score }));
  return parts.length ? <p className="text-sm text-stone-800">{parts.join(" · ")}</p> : null;
}

/**
 * The full history. What the worker can read on the tracking page is marked 对工人公开 with a solid
 * green edge; internal entries are marked 内部 on a grey, dashed card, so no one mistakes one for the other.
 */
export function CaseTimeline({ events }: { events: Event[] }) {
  const t = useTranslations("dashboard");
  const format = useFormatter();
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="mb-2 text-xl font-bold">
        {t("timeline.title")}
      </h2>
      {events.length === 0 ? <p>{t("timeline.empty")}</p> : null}
      <ol data-testid="timeline" className="space-y-2">
        {events.map((e) => {
          const title = EVENT_KEYS.has(e.type) ? t(`events.${e.type as "ACCEPT"}`) : t("events.other");
          const who = e.actorKind === "STAFF" ? (e.actor?.name ?? t("timeline.staff")) : e.actorKind === "WORKER" ? t("timeline.worker") : t("timeline.system");
          return (
            <li
              key={e.id}
              data-event={e.type}
              data-visibility={e.public ? "public" : "internal"}
              className={e.public ? "rounded-md border border-l-8 border-emerald-700 bg-white p-3" : "rounded-md border-2 border-dashed border-stone-500 bg-stone-100 p-3"}
            >
              <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                <strong>{title}</strong>
                {e.fromStatus && e.toStatus ? (
                  <span className="text-sm text-stone-800">{t("timeline.transition", { from: t(`stages.${e.fromStatus as CaseStatus}`), to: t(`stages.${e.toStatus as CaseStatus}`) })}</span>
                ) : null}
                <span className={e.public ? "rounded bg-emerald-800 px-1.5 text-sm font-semibold text-white" : "rounded bg-stone-700 px-1.5 text-sm font-semibold text-white"}>
                  {e.public ? t("timeline.public") : t("timeline.internal")}
                </span>
              </div>
              <p className="text-sm text-stone-700">
                <time dateTime={e.createdAt.toISOString()}>{format.dateTime(e.createdAt, CHINA_DATE_TIME)}</time> · {who}
              </p>
              <Detail e={e} />
              {e.note ? <p className="mt-1 whitespace-pre-wrap break-words">{e.note}</p> : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
