import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { NavLinks, type NavKey } from "./nav-links";

const KEYS: NavKey[] = ["map", "report", "track", "me"];

/** The public navigation with its labels translated here, on the server. */
export async function SiteNav({ variant }: { variant: "top" | "bottom" }) {
  const t = await getTranslations("nav");
  const labels = Object.fromEntries(KEYS.map((k) => [k, t(k)])) as Record<NavKey, string>;
  return <NavLinks variant={variant} locale={(await getLocale()) as Locale} labels={labels} />;
}
