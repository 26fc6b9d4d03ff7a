import { getTranslations } from "next-intl/server";
import { retentionMonths } from "@/lib/cases/privacy/retention";
import { PRIVACY_NOTICE_VERSION } from "@/lib/cases/schema";

const SECTIONS = [
  { key: "what", items: ["group", "description", "location", "photos", "contact", "time", "network"] },
  { key: "why", items: ["handle", "route", "callback", "statistics"] },
  { key: "who", items: ["officer", "department", "phone", "anonymous", "leaders", "employers", "never"] },
  { key: "keep", items: ["period", "purpose", "end"] },
  { key: "rights", items: ["view", "delete", "ask", "correct", "code"] },
] as const;

/** The full privacy notice for the grievance service; the form's consent names its version. */
export async function PrivacyNotice() {
  const t = await getTranslations("cases.privacy");
  // The retention period the redaction job applies (CASE_RETENTION_MONTHS), so notice and practice agree.
  const months = retentionMonths();
  return (
    <article className="max-w-2xl space-y-6 text-stone-900">
      <p>{t("intro")}</p>
      {SECTIONS.map((s) => (
        <section key={s.key} aria-labelledby={`privacy-${s.key}`}>
          <h2 id={`privacy-${s.key}`} className="mb-2 text-lg font-bold">
            {t(`${s.key}.title`)}
          </h2>
          <ul className="list-disc space-y-1.5 pl-5">
            {s.items.map((i) => (
              <li key={i}>{t(`${s.key}.${i}` as never, { months } as never)}</li>
            ))}
          </ul>
        </section>
      ))}
      <p className="text-sm text-stone-700">{t("version", { version: PRIVACY_NOTICE_VERSION })}</p>
    </article>
  );
}
