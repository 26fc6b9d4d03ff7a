import type { Locale } from "./routing";

/**
 * Each domain keeps its strings in messages/<domain>/<locale>.json under its own namespace,
 * so that work on one domain does not touch another's file.
 */
export async function loadMessages(locale: Locale) {
  const [base, places, cases, caseErrors] = await Promise.all([
    import(`../../messages/${locale}.json`),
    import(`../../messages/places/${locale}.json`),
    import(`../../messages/cases/${locale}.json`),
    import(`../../messages/case-errors/${locale}.json`),
  ]);
  return { ...base.default, places: places.default, cases: cases.default, caseErrors: caseErrors.default };
}
