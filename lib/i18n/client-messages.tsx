import { NextIntlClientProvider, type Messages } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

type Namespace = keyof Messages;

/**
 * Provides client components with the messages of the named namespaces only. Each page that has
 * translated client components wraps them in this, so a page ships the strings it uses (not every
 * domain's), and a page without any, such as a place page, ships no message formatter at all.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly Namespace[] | "all"; children: ReactNode }) {
  const messages = await getMessages();
  const picked = namespaces === "all" ? messages : Object.fromEntries(namespaces.map((n) => [n, messages[n]]));
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
