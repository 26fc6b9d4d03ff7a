import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { CHINA_TIME_ZONE } from "@/lib/time/china";
import { loadMessages } from "./messages";
import { routing } from "./routing";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return { locale, timeZone: CHINA_TIME_ZONE, messages: await loadMessages(locale) };
});
