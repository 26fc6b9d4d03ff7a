import { z } from "zod";

/** A mainland China mobile number: 11 digits starting 13–19. */
export const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;

export type Identifier = { kind: "email"; value: string } | { kind: "phone"; value: string };

/**
 * What a person signs in with: an e-mail address (compared in lower case) or a mainland mobile
 * number, written with or without spaces, dashes or a +86 / 0086 prefix.
 */
export function parseIdentifier(raw: string): Identifier | null {
  const s = raw.trim();
  if (s.length === 0 || s.length > 254) return null;
  if (s.includes("@")) {
    const email = s.toLowerCase();
    return z.email().safeParse(email).success ? { kind: "email", value: email } : null;
  }
  const digits = s.replace(/[\s-]/g, "").replace(/^(\+86|0086)/, "");
  return MAINLAND_MOBILE.test(digits) ? { kind: "phone", value: digits } : null;
}

export const identifierSchema = z
  .string()
  .max(254)
  .transform((s, ctx) => {
    const id = parseIdentifier(s);
    if (!id) ctx.addIssue({ code: "custom", message: "invalid_identifier" });
    return id ?? z.NEVER;
  });

export const signInSchema = z.strictObject({
  identifier: identifierSchema,
  password: z.string().min(1).max(200),
  callbackUrl: z.string().max(500).optional(),
});

/** Only same-site paths: a sign-in link must not bounce the user to another site. */
export function safeCallbackPath(raw: string | undefined, fallback: string): string {
  if (!raw || !raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return fallback;
  return raw;
}
