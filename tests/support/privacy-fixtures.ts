import { submitGrievance } from "@/lib/cases/intake/submit-grievance";
import { caseBody, gpsTaggedJpeg, newKey } from "./case-fixtures";

let ip = 0;
/** A unique client address per call, so one test's rate limits never meet another's. */
export const nextIp = () => `10.77.${Math.floor(++ip / 250)}.${ip % 250}`;

/** Files a case as the web form does; with `photo`, one GPS-tagged JPEG. */
export async function fileCase(over: Record<string, unknown> = {}, opts: { photo?: boolean } = {}) {
  const photos = opts.photo ? [new Uint8Array(await gpsTaggedJpeg())] : [];
  const r = await submitGrievance({ body: caseBody(over), photos, idempotencyKey: newKey(), channel: "WEB", actor: { kind: "WORKER" }, ip: nextIp(), locale: "zh-CN" });
  return { ...r, secret: r.code! };
}
