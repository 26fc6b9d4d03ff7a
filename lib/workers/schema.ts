import { z } from "zod";
import { MAINLAND_MOBILE } from "@/lib/auth/schema";
import { codeSchema } from "@/lib/otp/schema";

/** A mainland mobile, typed with or without spaces, dashes or +86. Messages are keys of "workers.errors". */
export const workerPhoneSchema = z
  .string({ error: "phone_invalid" })
  .transform((s) => s.replace(/[\s-]/g, "").replace(/^(\+86|0086)/, ""))
  .pipe(z.string().regex(MAINLAND_MOBILE, { error: "phone_invalid" }));

export const phoneStepSchema = z.object({ phone: workerPhoneSchema });
export const codeStepSchema = z.object({ phone: workerPhoneSchema, code: codeSchema });

/** The verified worker behind a worker session: the phone proven by an SMS code. */
export type WorkerSession = { workerId: string; phone: string };
