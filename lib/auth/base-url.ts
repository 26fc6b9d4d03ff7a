/**
 * The portal's configured public origin: AUTH_URL, else PUBLIC_URL; undefined when neither is set
 * (then Auth.js uses the address the request came in on, as the reverse proxy reports it).
 */
export function configuredOrigin(env: Record<string, string | undefined> = process.env): string | undefined {
  const raw = env.AUTH_URL || env.PUBLIC_URL;
  if (!raw) return undefined;
  try {
    return new URL(raw).origin;
  } catch {
    return undefined;
  }
}

/**
 * Where Auth.js may send the browser after sign-in or sign-out: only same-site paths, written on
 * the configured origin. Behind a proxy that does not pass X-Forwarded-Host, Next.js sees
 * "localhost", and Auth.js's default would redirect there; a bare path (no origin configured)
 * lets the browser stay on the address it used.
 */
export function authRedirect(url: string, baseUrl: string, origin = configuredOrigin()): string {
  let target: URL;
  try {
    target = new URL(url, baseUrl);
  } catch {
    return `${origin ?? ""}/`;
  }
  const sameSite = target.origin === new URL(baseUrl).origin || (origin !== undefined && target.origin === origin);
  const path = sameSite ? `${target.pathname}${target.search}${target.hash}` : "/";
  return `${origin ?? ""}${path}`;
}
