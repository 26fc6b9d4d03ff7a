import { getTranslations } from "next-intl/server";

/** 服务人次: visits per day for the last 30 days, as a table with proportional bars. */
export async function CheckinBars({ days }: { days: { day: string; count: number }[] }) {
  const t = await getTranslations("directory.checkins");
  const total = days.reduce((n, d) => n + d.count, 0);
  const max = Math.max(1, ...days.map((d) => d.count));
  return (
    <section aria-labelledby="checkins-heading" className="space-y-2 rounded-md border border-stone-300 bg-white p-4">
      <h2 id="checkins-heading" className="text-lg font-bold">
        {t("heading")}
      </h2>
      <p>{t("total", { count: total })}</p>
      <details>
        <summary className="min-h-11 cursor-pointer font-semibold">{t("byDay")}</summary>
        <table className="w-full text-left text-sm">
          <thead>
            <tr>
              <th scope="col" className="py-1 pr-2">{t("day")}</th>
              <th scope="col" className="py-1">{t("count")}</th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.day}>
                <th scope="row" className="py-0.5 pr-2 font-normal tabular-nums">{d.day.slice(5)}</th>
                <td className="py-0.5">
                  <span className="flex items-center gap-2">
                    <span aria-hidden="true" className="inline-block h-3 rounded bg-brand-600" style={{ width: `${(d.count / max) * 70}%` }} />
                    <span className="tabular-nums">{d.count}</span>
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
