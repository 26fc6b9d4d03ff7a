import { getLocale, getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePermission } from "@/lib/auth/session";
import { chinaYear } from "@/lib/time/china";
import { CalendarEditor } from "@/lib/settings/components/calendar-editor";
import { CannedRepliesEditor } from "@/lib/settings/components/canned-replies-editor";
import { SettingsHistory } from "@/lib/settings/components/settings-history";
import { SlaRulesEditor } from "@/lib/settings/components/sla-rules-editor";
import { loadSettings } from "@/lib/settings/loaders";

export async function generateMetadata() {
  const t = await getTranslations("settings");
  return { title: t("title") };
}

export default async function SettingsPage({ searchParams }: { searchParams: Promise<{ year?: string | string[] }> }) {
  await requirePermission("settings:manage");
  const thisYear = chinaYear(new Date());
  const raw = (await searchParams).year;
  const asked = Number(typeof raw === "string" ? raw : NaN);
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : thisYear;
  const [settings, t, locale] = await Promise.all([loadSettings(year), getTranslations("settings"), getLocale()]);
  const en = locale === "en";
  const categoryNames = new Map(settings.categories.map((c) => [c.code, en ? c.nameEn : c.nameZh]));
  const years = [...new Set([...settings.years, year, thisYear, thisYear + 1])].sort((a, b) => a - b);
  return (
    <div className="max-w-5xl space-y-6">
      <PageHeading title={t("title")}>{t("intro")}</PageHeading>
      <nav aria-label={t("sections")}>
        <ul className="flex flex-wrap gap-4">
          {(["sla", "calendar", "canned", "history"] as const).map((s) => (
            <li key={s}>
              <a href={`#${s}-heading`} className="inline-flex min-h-11 items-center text-brand-800 underline">
                {t(`${s}.title`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <SlaRulesEditor rules={settings.rules} categories={settings.categories.map((c) => ({ code: c.code, name: en ? c.nameEn : c.nameZh }))} />
      <CalendarEditor year={year} years={years} days={settings.days} />
      <CannedRepliesEditor replies={settings.replies} />
      <SettingsHistory changes={settings.history} categoryName={(code) => (code === "*" ? t("sla.anyCategory") : (categoryNames.get(code) ?? code))} />
    </div>
  );
}
