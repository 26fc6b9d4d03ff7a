import { redirect as nextRedirect } from "next/navigation";
import { pathFor, type Href } from "./paths";
import type { Locale } from "./routing";

// next-intl's `redirect` and `getPathname`, with the same shape, for server code (actions, loaders,
// pages): importing them from ./navigation would put next-intl's client Link on the page (paths.ts).

export function getPathname({ href, locale }: { href: Href; locale: Locale }): string {
  return pathFor(href, locale);
}

export function redirect({ href, locale }: { href: Href; locale: Locale }): never {
  return nextRedirect(pathFor(href, locale));
}
