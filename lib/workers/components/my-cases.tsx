import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/link";
import { loadMyCases } from "../loaders";
import type { WorkerSession } from "../schema";

/** "我的诉求" on /me for a signed-in worker; nothing at all when the phone has no cases. */
export async function MyCasesSection({ worker }: { worker: WorkerSession }) {
  const cases = await loadMyCases();
  if (!cases?.length) return null;
  const t = await getTranslations("workers.myCases");
  const tc = await getTranslations("cases");
  const format = await getFormatter();
  const en = (await getLocale()) === "en";
  return (
    <section aria-labelledby="my-cases-heading" className="space-y-2" data-testid="my-cases">
      <h2 id="my-cases-heading" className="text-lg font-bold">
        {t("title")}
      </h2>
      <p className="text-sm text-stone-700">{t("hint", { phone: maskPhone(worker.phone) })}</p>
      <ul className="space-y-2">
        {cases.map((c) => (
          <li key={c.reference}>
            <Link href={`/me/cases/${c.reference}`} className="block min-h-12 rounded-lg border border-stone-300 bg-white p-3 hover:bg-brand-50">
              <span className="font-mono text-lg font-semibold text-brand-800">{c.reference}</span>
              <span className="mt-1 block text-sm text-stone-800">
                {en ? c.category.en : c.category.zh} · {tc.has(`statuses.${c.status}` as never) ? tc(`statuses.${c.status}` as never) : c.status}
              </span>
              <span className="block text-sm text-stone-700">{t("submittedAt", { date: format.dateTime(new Date(c.submittedAt), { timeZone: "Asia/Shanghai", dateStyle: "medium" }) })}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function maskPhone(phone: string): string {
  return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}
