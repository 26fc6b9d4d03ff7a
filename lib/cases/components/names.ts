/** Picks the name in the reader's language from a row with nameZh / nameEn. */
export function localName(locale: string, row: { nameZh: string; nameEn: string } | null | undefined): string | null {
  if (!row) return null;
  return locale === "en" ? row.nameEn : row.nameZh;
}

/** Dates and times are always China time, whatever the server's or browser's zone. */
export const CHINA_DATE_TIME = { timeZone: "Asia/Shanghai", dateStyle: "medium", timeStyle: "short" } as const;
export const CHINA_DATE = { timeZone: "Asia/Shanghai", dateStyle: "medium" } as const;
