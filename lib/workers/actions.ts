"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { signIn } from "@/lib/auth/auth";
import { formatTrackingCode } from "@/lib/cases/tracking-code";
import { clientAddress } from "@/lib/http/client-address";
import { getPathname } from "@/lib/i18n/server-navigation";
import { recoverCodes } from "./recover-codes";
import { codeStepSchema, phoneStepSchema } from "./schema";
import { sendPhoneCode } from "./sign-in";

export type PhoneCodeState = {
  phone?: string;
  /** A code was sent (or would have been: the same answer for every valid number). */
  sent?: boolean;
  message?: string;
  fields?: { phone?: string; code?: string };
  recovered?: { reference: string; code: string; status: string }[];
};

async function fieldMessages(error: z.ZodError) {
  const t = await getTranslations("workers.errors");
  const flat = z.flattenError(error).fieldErrors as Record<string, string[] | undefined>;
  const msg = (k: string) => (flat[k]?.[0] ? (t.has(flat[k]![0] as never) ? t(flat[k]![0] as never) : t("invalid")) : undefined);
  return { phone: msg("phone"), code: msg("code") };
}

async function sendCode(purpose: "case_codes" | "worker_sign_in", formData: FormData): Promise<PhoneCodeState> {
  const t = await getTranslations("workers");
  const parsed = phoneStepSchema.safeParse({ phone: formData.get("phone") ?? "" });
  if (!parsed.success) return { phone: String(formData.get("phone") ?? ""), fields: await fieldMessages(parsed.error) };
  const { wait } = await sendPhoneCode(purpose, parsed.data.phone, clientAddress(await headers()), await getLocale());
  if (wait) return { phone: parsed.data.phone, sent: false, message: t("errors.wait", { seconds: wait }) };
  return { phone: parsed.data.phone, sent: true, message: t("codeSent") };
}

// public: recovering lost tracking codes needs no account; sendPhoneCode answers alike for every valid number and is rate-limited.
export async function sendRecoveryCodeAction(_prev: PhoneCodeState, formData: FormData): Promise<PhoneCodeState> {
  return sendCode("case_codes", formData);
}

// public: the SMS code for "case_codes" is the proof; recoverCodes issues new codes only for that phone's cases.
export async function recoverCodesAction(_prev: PhoneCodeState, formData: FormData): Promise<PhoneCodeState> {
  const t = await getTranslations("workers");
  const phone = String(formData.get("phone") ?? "");
  const parsed = codeStepSchema.safeParse({ phone, code: formData.get("code") ?? "" });
  if (!parsed.success) return { phone, sent: true, fields: await fieldMessages(parsed.error) };
  const result = await recoverCodes(parsed.data.phone, parsed.data.code, clientAddress(await headers()), await getLocale());
  if (!result.ok) return { phone, sent: true, fields: { code: t(`errors.${result.error}`) } };
  return { phone, sent: true, recovered: result.cases.map((c) => ({ ...c, code: formatTrackingCode(c.code) })) };
}

// public: signing in is how a worker session begins; the code is checked in lib/workers/sign-in.ts.
export async function sendSignInCodeAction(_prev: PhoneCodeState, formData: FormData): Promise<PhoneCodeState> {
  return sendCode("worker_sign_in", formData);
}

// public: signing in is how a worker session begins; the "worker-phone" provider checks the SMS code.
export async function workerSignInAction(_prev: PhoneCodeState, formData: FormData): Promise<PhoneCodeState> {
  const t = await getTranslations("workers");
  const phone = String(formData.get("phone") ?? "");
  const parsed = codeStepSchema.safeParse({ phone, code: formData.get("code") ?? "" });
  if (!parsed.success) return { phone, sent: true, fields: await fieldMessages(parsed.error) };
  try {
    await signIn("worker-phone", { phone: parsed.data.phone, code: parsed.data.code, redirectTo: getPathname({ href: "/me", locale: await getLocale() }) });
  } catch (e) {
    // A successful sign-in throws Next's redirect, which must propagate.
    if (e instanceof AuthError) return { phone, sent: true, fields: { code: t("errors.code_invalid") } };
    throw e;
  }
  return { phone, sent: true };
}
