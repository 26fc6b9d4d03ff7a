"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import type { z } from "zod";
import { requirePermission, type SessionUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/routing";
import { caseErrorTranslator, translateFieldErrors } from "../error-messages";
import { fieldErrors } from "../schema";
import * as schemas from "./schema";
import { staffActor, type StaffActor } from "./mutations/context";
import { concludeConsultation, recordConsultation, startConsultation } from "./mutations/consultation";
import { dispatchCase, returnCase, signCase } from "./mutations/dispatch";
import { decideExtension, requestExtension } from "./mutations/extension";
import { acceptCase, declineCase, mergeCase } from "./mutations/acceptance";
import { addCaseNote, revealPhone } from "./mutations/notes";
import { assessCase, resolveCase } from "./mutations/resolution";
import { chaseCase } from "./mutations/chase";
import { answerSupervisionOrder, openSupervisionOrder } from "./mutations/supervision";
import { recordFollowUp } from "./mutations/follow-up";

export type CommandState = { ok?: boolean; message?: string; errors?: Record<string, string>; phone?: string | null };

/**
 * Every staff command: authorize (the permission here, then the transition table inside the
 * mutation), parse with its zod schema, run, and answer in the user's language. Conflicts from a
 * concurrent change come back as "changed by someone else — reload".
 */
async function run<S extends z.ZodType>(schema: S, raw: unknown, fn: (actor: StaffActor, input: z.infer<S>, user: SessionUser) => Promise<unknown>): Promise<CommandState> {
  const user = await requirePermission("cases:act");
  const locale = (await getLocale()) as Locale;
  const t = await caseErrorTranslator(locale);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const errors = translateFieldErrors(t, fieldErrors(parsed.error));
    return { errors, message: t("validation") };
  }
  try {
    const result = await fn(staffActor(user), parsed.data, user);
    revalidatePath("/[locale]/admin/cases", "layout");
    return { ok: true, ...(typeof result === "object" && result && "phone" in result ? { phone: (result as { phone: string | null }).phone } : {}) };
  } catch (e) {
    // Staff read "no such case, or not your department's": the tracking page's not_found text asks for a tracking code.
    const code = isAppError(e) && e.code === "not_found" ? "case_unavailable" : isAppError(e) ? e.code : null;
    if (code) return { message: t.has(code as never) ? t(code as never) : t("generic") };
    console.error("Case command failed", e);
    return { message: t("generic") };
  }
}

const form = (fd: FormData) => Object.fromEntries([...fd.entries()].filter(([k]) => !k.startsWith("$ACTION")).map(([k, v]) => [k, typeof v === "string" ? v : ""]));
const json = (fd: FormData) => JSON.parse(String(fd.get("payload") ?? "{}"));

export async function acceptAction(_: CommandState, fd: FormData) {
  return run(schemas.acceptSchema, form(fd), (a, i) => acceptCase(a, i));
}
export async function declineAction(_: CommandState, fd: FormData) {
  return run(schemas.declineSchema, form(fd), (a, i) => declineCase(a, i));
}
export async function mergeAction(_: CommandState, fd: FormData) {
  return run(schemas.mergeSchema, form(fd), (a, i) => mergeCase(a, i));
}
export async function dispatchAction(_: CommandState, fd: FormData) {
  const raw = { ...form(fd), assistingDepartmentIds: fd.getAll("assistingDepartmentIds").map(String) };
  return run(schemas.dispatchSchema, raw, (a, i) => dispatchCase(a, i));
}
export async function signAction(_: CommandState, fd: FormData) {
  return run(schemas.simpleSchema, form(fd), (a, i) => signCase(a, i));
}
export async function returnAction(_: CommandState, fd: FormData) {
  return run(schemas.returnSchema, form(fd), (a, i) => returnCase(a, i));
}
export async function startConsultationAction(_: CommandState, fd: FormData) {
  return run(schemas.simpleSchema, form(fd), (a, i) => startConsultation(a, i));
}
/** The consultation form sends its structured content (departments, action items) as JSON. */
export async function recordConsultationAction(_: CommandState, fd: FormData) {
  return run(schemas.consultationSchema, json(fd), (a, i) => recordConsultation(a, i));
}
export async function concludeConsultationAction(_: CommandState, fd: FormData) {
  return run(schemas.simpleSchema, form(fd), (a, i) => concludeConsultation(a, i));
}
export async function requestExtensionAction(_: CommandState, fd: FormData) {
  return run(schemas.extensionRequestSchema, form(fd), (a, i) => requestExtension(a, i));
}
export async function decideExtensionAction(_: CommandState, fd: FormData) {
  return run(schemas.extensionDecisionSchema, { ...form(fd), approve: fd.get("approve") === "true" }, (a, i) => decideExtension(a, i));
}
export async function resolveAction(_: CommandState, fd: FormData) {
  return run(schemas.resolveSchema, form(fd), (a, i) => resolveCase(a, i));
}
export async function assessAction(_: CommandState, fd: FormData) {
  return run(schemas.assessSchema, form(fd), (a, i) => assessCase(a, i));
}
export async function noteAction(_: CommandState, fd: FormData) {
  return run(schemas.noteSchema, { ...form(fd), public: fd.get("public") === "true" }, (a, i) => addCaseNote(a, i));
}
export async function revealPhoneAction(_: CommandState, fd: FormData) {
  return run(schemas.revealPhoneSchema, form(fd), async (a, i) => ({ phone: await revealPhone(a, i) }));
}
export async function chaseAction(_: CommandState, fd: FormData) {
  return run(schemas.chaseSchema, form(fd), (a, i) => chaseCase(a, i));
}
export async function superviseAction(_: CommandState, fd: FormData) {
  return run(schemas.superviseSchema, form(fd), (a, i) => openSupervisionOrder(a, i));
}
export async function answerSupervisionAction(_: CommandState, fd: FormData) {
  return run(schemas.answerSupervisionSchema, form(fd), (a, i) => answerSupervisionOrder(a, i));
}
export async function followUpAction(_: CommandState, fd: FormData) {
  return run(schemas.followUpSchema, form(fd), (a, i) => recordFollowUp(a, i));
}
