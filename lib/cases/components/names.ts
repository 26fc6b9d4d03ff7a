/** Picks the name in the reader's language from a row with nameZh / nameEn. */
export function localName(locale: string, row: { nameZh: string; nameEn: string } | null | undefined): string | null {
  if (!row) return null;
  return locale === "en" ? row.nameEn : row.nameZh;
}
