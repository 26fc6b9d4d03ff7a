import type messages from "./messages/zh-CN.json";
import type caseErrors from "./messages/case-errors/zh-CN.json";
import type cases from "./messages/cases/zh-CN.json";
import type dashboard from "./messages/dashboard/zh-CN.json";
import type directory from "./messages/directory/zh-CN.json";
import type jobs from "./messages/jobs/zh-CN.json";
import type merchants from "./messages/merchants/zh-CN.json";
import type offline from "./messages/offline/zh-CN.json";
import type places from "./messages/places/zh-CN.json";
import type settings from "./messages/settings/zh-CN.json";
import type users from "./messages/users/zh-CN.json";
import type workers from "./messages/workers/zh-CN.json";
import type { routing } from "./lib/i18n/routing";

declare module "next-intl" {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof messages & {
      places: typeof places;
      cases: typeof cases;
      caseErrors: typeof caseErrors;
      jobs: typeof jobs;
      users: typeof users;
      dashboard: typeof dashboard;
      settings: typeof settings;
      merchants: typeof merchants;
      directory: typeof directory;
      workers: typeof workers;
      offline: typeof offline;
    };
  }
}
