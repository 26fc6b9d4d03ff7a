"use server";

import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { signIn } from "@/lib/auth/auth";
import { requirePermission } from "@/lib/auth/session";
import { clientAddress } from "@/lib/http/client-address";
import { hitRateLimit } from "@/lib/http/rate-limit";
import { getPathname, redirect } from "@/lib/i18n/server-navigation";
import { isMerchantError, MerchantError } from "./errors";
import { requireMerchant } from "./loaders";
import { reviewApplication } from "./mutations";
import { fieldErrors, reviewSchema, signUpCodeSchema, signUpSchema, type FieldErrors } from "./schema";
import { completeSignUp, requestSignUpCode } from "./sign-up";
import { submitApplication, type ApplicationTarget } from "./submit-application";
import { approveVenue } from "./venue-photos";

export type FormState = { errors?: FieldErrors; message?: string; values?: Record<string, string> };
/** "code": the code was sent (or the address told otherwise); the form now asks for it. */
export type SignUpState = FormState & { stage?: "code" };

/** Field errors and a form-level message in the user's language; unexpected errors are logged. */
async function failure(e: unknown, values?: Record<string, string>): Promise<FormState> {
  const t = await getTranslations("merchants.errors");
  const say = (key: string) => (t.has(key as never) ? t(key as never) : t("invalid"));
  if (!isMerchantError(e)) {
    console.error("Unexpected error in a merchant action", e);
    return { message: t("generic"), values };
  }
  const { _: general, ...fields } = e.fields;
  const errors = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, say(v)]));
  const message = general ? say(general) : e.code === "validation" ? t("validation") : say(e.code);
  return { errors, message, values };
}

const limit = (name: string, fallback: number) => Number(process.env[name] ?? fallback) || fallback;

// Rate-limited per IP. Step 1 ("request") answers "code sent" whether or not the address is
// registered; step 2 ("verify") creates the account with the code and signs in (lib/merchants/sign-up.ts).
// public: merchant sign-up; reveals nothing about existing accounts.
export async function signUpAction(_prev: SignUpState, formData: FormData): Promise<SignUpState> {
  const values = { name: String(formData.get("name") ?? ""), identifier: String(formData.get("identifier") ?? ""), consent: String(formData.get("consent") ?? "") };
  const verify = formData.get("stage") === "verify";
  const wait = await hitRateLimit("merchant-signup", clientAddress(await headers()), limit("MERCHANT_SIGNUP_LIMIT_PER_IP", 20), 3600);
  if (wait) return { ...(await failure(new MerchantError("rate_limited"), values)), stage: verify ? "code" : undefined };
  const body = { ...values, password: String(formData.get("password") ?? "") };
  const locale = await getLocale();
  if (!verify) {
    const parsed = signUpSchema.safeParse(body);
    if (!parsed.success) return failure(new MerchantError("validation", fieldErrors(parsed.error)), values);
    const sent = await requestSignUpCode(parsed.data.identifier, locale);
    const t = await getTranslations("merchants.errors");
    if (sent.wait) return { stage: "code", values, message: t("code_wait", { seconds: String(sent.wait) }) };
    return { stage: "code", values };
  }
  const parsed = signUpCodeSchema.safeParse({ ...body, code: String(formData.get("code") ?? "") });
  if (!parsed.success) return { ...(await failure(new MerchantError("validation", fieldErrors(parsed.error)), values)), stage: "code" };
  const { name, identifier, password, consent, code } = parsed.data;
  const done = await completeSignUp({ name, identifier, password, consentVersion: consent, code });
  if (!done.ok) return { ...(await failure(new MerchantError("validation", { code: done.error }), values)), stage: "code" };
  // Throws Next's redirect to the merchant's page, signed in.
  await signIn("credentials", { identifier: identifier.value, password, redirectTo: getPathname({ href: "/merchant", locale }) });
  return {};
}

const TEXT_FIELDS = ["business_name", "credit_code", "business_type", "address", "phone", "description", "datum"] as const;

function applicationBody(formData: FormData): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const f of TEXT_FIELDS) body[f] = String(formData.get(f) ?? "");
  for (const f of ["lat", "lng"] as const) {
    const v = String(formData.get(f) ?? "");
    body[f] = v === "" ? undefined : Number(v);
  }
  body.is_24h = formData.get("is_24h") === "on";
  try {
    body.hours = JSON.parse(String(formData.get("hours") ?? "[]"));
  } catch {
    body.hours = null;
  }
  body.facilities = formData.getAll("facilities").map(String);
  body.keep_photos = formData.getAll("keep_photos").map(String);
  return body;
}

function applicationTarget(formData: FormData): ApplicationTarget {
  const kind = formData.get("target");
  if (kind === "venue") return { kind, placeId: String(formData.get("place_id") ?? "") };
  if (kind === "resubmit") return { kind, applicationId: String(formData.get("application_id") ?? ""), version: Number(formData.get("version")) || 0 };
  return { kind: "new" };
}

// Merchants only: a new venue, an edit of their venue, or a corrected resubmission. Ownership is
// enforced again in the mutation (a foreign id is "not found").
export async function submitApplicationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireMerchant();
  const photos: Uint8Array[] = [];
  for (const value of formData.getAll("photos")) {
    if (typeof value !== "string" && value.size > 0) photos.push(new Uint8Array(await value.arrayBuffer()));
  }
  try {
    await submitApplication({ merchantId: user.id, body: applicationBody(formData), photos, target: applicationTarget(formData) });
  } catch (e) {
    return failure(e);
  }
  return redirect({ href: { pathname: "/merchant", query: { submitted: "1" } }, locale: await getLocale() });
}

// Staff only ("merchants:review"): one step of the review workflow, compare-and-set on version.
export async function reviewAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requirePermission("merchants:review");
  const parsed = reviewSchema.safeParse({
    id: formData.get("id") ?? "",
    version: formData.get("version") ?? "",
    action: formData.get("action") ?? "",
    note: formData.get("note") ?? undefined,
  });
  if (!parsed.success) return failure(new MerchantError("validation", fieldErrors(parsed.error)));
  const { id, version, action, note } = parsed.data;
  try {
    if (action === "approve") await approveVenue({ id, version, actorId: user.id });
    else await reviewApplication({ id, version, action, actorId: user.id, note });
  } catch (e) {
    return failure(e);
  }
  return redirect({ href: `/admin/merchants/${id}`, locale: await getLocale() });
}
