import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { LanguageSwitchLink } from "./language-switch-link";

export async function LanguageSwitch() {
  const t = await getTranslations("common");
  const other: Locale = (await getLocale()) === "en" ? "zh-CN" : "en";
  return <LanguageSwitchLink other={other} label={t("switchTo")} ariaLabel={`${t("language")}: ${t("switchTo")}`} />;
}
