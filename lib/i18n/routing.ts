import { defineRouting } from "next-intl/routing";

export const locales = ["zh-CN", "en"] as const;
export type Locale = (typeof locales)[number];

export const routing = defineRouting({
  locales,
  defaultLocale: "zh-CN",
  // Chinese URLs carry no prefix; English lives under /en.
  localePrefix: "as-needed",
  // The portal is Chinese first: a browser's Accept-Language does not switch it, the header switch does.
  localeDetection: false,
});
