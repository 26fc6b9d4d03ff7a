import NextLink from "next/link";
import { getLocale } from "next-intl/server";
import type { ComponentProps } from "react";
import { pathFor, type Href } from "./paths";
import type { Locale } from "./routing";

/**
 * A locale-aware link for Server Components. next-intl's own `Link` is a client component that
 * reads the locale from NextIntlClientProvider, which would force that provider, and its message
 * formatter (≈ 14 kB gzip), onto pages that otherwise need no client translations, such as a
 * place page. Client components keep using `Link` from ./navigation inside their provider.
 */
export async function Link({ href, locale, ...rest }: Omit<ComponentProps<typeof NextLink>, "href" | "locale"> & { href: Href; locale?: Locale }) {
  const current = (await getLocale()) as Locale;
  const target = locale ?? current;
  // A link into the other language says so, and is not prefetched (a different page tree).
  const other = target !== current ? { hrefLang: target, prefetch: false } : {};
  return <NextLink href={pathFor(href, target)} {...other} {...rest} />;
}
