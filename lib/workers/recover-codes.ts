import "server-only";
import { hashTrackingCode, newTrackingCode } from "@/lib/cases/tracking-code";
import { hitRateLimit } from "@/lib/http/rate-limit";
import { consumeCode } from "@/lib/otp/codes";
import { deliverMessage } from "@/lib/otp/deliver";
import { findCasesByPhone } from "./data";
import { replaceTrackingCode } from "./mutations";
import { workerTexts } from "./texts";

export type RecoveredCase = { reference: string; code: string; status: string };
export type RecoverResult = { ok: true; cases: RecoveredCase[] } | { ok: false; error: "code_invalid" | "code_expired" | "rate_limited" };

const perIp = () => Number(process.env.WORKER_CODE_CHECKS_PER_IP ?? 30) || 30;

/**
 * Step 2 of recovering lost codes: with the SMS code for "case_codes", every case filed with this
 * phone gets a NEW tracking code (the old one stops working: nothing can show an old code again,
 * it is not stored), shown once on screen and sent by SMS. A phone with no cases gets an empty
 * list only after proving it is theirs, so step 1 says nothing about it.
 */
export async function recoverCodes(phone: string, code: string, ip: string, locale: string): Promise<RecoverResult> {
  if (await hitRateLimit("worker-check-ip", ip, perIp(), 3600)) return { ok: false, error: "rate_limited" };
  const result = await consumeCode("case_codes", { kind: "phone", value: phone }, code);
  if (!result.ok) return { ok: false, error: result.reason === "expired" ? "code_expired" : "code_invalid" };
  const cases: RecoveredCase[] = [];
  for (const c of await findCasesByPhone(phone)) {
    const fresh = newTrackingCode();
    // A concurrent recovery that changed the hash first wins; its codes are the ones sent.
    if (await replaceTrackingCode(c.id, c.secretHash, hashTrackingCode(fresh))) cases.push({ reference: c.reference, code: fresh, status: c.status });
  }
  if (cases.length) {
    try {
      await deliverMessage({ kind: "phone", value: phone }, { subject: "", text: workerTexts(locale).newCodes(cases) });
    } catch (e) {
      // The codes are on screen; a failed text must not hide them.
      console.error("SMS with recovered codes failed", { count: cases.length, error: e instanceof Error ? e.message : e });
    }
  }
  return { ok: true, cases };
}
