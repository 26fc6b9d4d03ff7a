import type messages from "./messages/zh-CN.json";
import type caseErrors from "./messages/case-errors/zh-CN.json";
import type cases from "./messages/cases/zh-CN.json";
import type places from "./messages/places/zh-CN.json";
import type { routing } from "./lib/i18n/routing";

declare module "next-intl" {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof messages & { places: typeof places; cases: typeof cases; caseErrors: typeof caseErrors };
  }
}
