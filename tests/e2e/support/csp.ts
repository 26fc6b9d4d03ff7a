import { expect, type Page } from "@playwright/test";

/** Collects every CSP violation a page reports, from the DOM event and from the console. */
export async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const messages: string[] = [];
  page.on("console", (m) => {
    if (m.text().includes("Content Security Policy")) messages.push(m.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  return async () => [...messages, ...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []))];
}

/** The page's CSP header carries a nonce, and Next.js put that nonce on its scripts. */
export async function expectNoncedPolicy(page: Page, path: string): Promise<void> {
  const response = await page.goto(path);
  const csp = response?.headers()["content-security-policy"] ?? "";
  const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];
  expect(nonce, `CSP on ${path}: ${csp}`).toBeTruthy();
  expect(csp).toContain("'strict-dynamic'");
  // Every script tag the server rendered carries it (what the runtime adds later is allowed by
  // 'strict-dynamic'; browsers hide nonce attributes from the DOM, so read the HTML).
  const tags = (await response!.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(tags.length).toBeGreaterThan(0);
  expect(tags.filter((t) => !t.includes(`nonce="${nonce}"`))).toEqual([]);
}
