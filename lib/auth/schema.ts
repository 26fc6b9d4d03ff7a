import { z } from "zod";

export const signInSchema = z.strictObject({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
  callbackUrl: z.string().max(500).optional(),
});

export type SignInInput = z.infer<typeof signInSchema>;

/** Only same-site paths: a sign-in link must not bounce the user to another site. */
export function safeCallbackPath(raw: string | undefined, fallback: string): string {
  if (!raw || !raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return fallback;
  return raw;
}
