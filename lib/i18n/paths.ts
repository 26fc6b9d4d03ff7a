import { routing, type Locale } from "./routing";

// Locale-prefixed paths as routing.ts defines them ("as-needed": Chinese bare, English under /en),
// without next-intl's createNavigation: that module registers next-intl's client Link, and with it
// the message formatter, on every page whose server code imports it (lib/i18n/link.tsx says why).

export type Href = string | { pathname: string; query?: Record<string, string | number | boolean | readonly string[] | undefined> };

export function localePrefix(locale: Locale): string {
  return locale === routing.defaultLocale ? "" : `/${locale}`;
}

/** "/en/report" → "/report"; "/report" → "/report"; "/en" → "/". */
export function stripLocalePrefix(pathname: string): string {
  for (const locale of routing.locales) {
    const prefix = localePrefix(locale);
    if (prefix && (pathname === prefix || pathname.startsWith(`${prefix}/`))) return pathname.slice(prefix.length) || "/";
  }
  return pathname;
}

function hrefString(href: Href): string {
  if (typeof href === "string") return href;
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(href.query ?? {})) {
    if (v === undefined) continue;
    for (const one of Array.isArray(v) ? v : [v]) query.append(k, String(one));
  }
  const qs = query.toString();
  return qs ? `${href.pathname}?${qs}` : href.pathname;
}

/** An app path ("/places/x?y=1#z", or pathname + query) as the URL for `locale`: "/en/places/x?y=1#z". */
export function pathFor(href: Href, locale: Locale): string {
  const path = hrefString(href);
  const prefix = localePrefix(locale);
  if (!prefix) return path;
  return path === "/" || path.startsWith("/?") || path.startsWith("/#") ? `${prefix}${path.slice(1)}` : `${prefix}${path}`;
}

/** The page the browser shows, in another locale. */
export function localizedPath(pathname: string, locale: Locale): string {
  return pathFor(stripLocalePrefix(pathname), locale);
}
