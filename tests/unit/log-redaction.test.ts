import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, REDACTED_FIELDS, requestContext } from "@/lib/observability/log";

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(...String(chunk).trim().split("\n"));
      done();
    },
  });
  const logger = createLogger(stream);
  logger.level = "info";
  return { logger, lines: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

const PHONE = "13812345678";
const REFERENCE = "JC-2026-ABCD1234";

describe("structured logs", () => {
  it("never write a phone, a tracking code, a secret or a password, wherever they sit", () => {
    const { logger, lines } = capture();
    logger.info({ contactPhone: PHONE, case: { reference: REFERENCE, secret: "s3cret-tracking" }, user: { email: "a@b.cn", password: "pw" } }, "submitted");
    logger.warn({ err: new Error(`SMS to ${PHONE} for ${REFERENCE} failed`) }, `retrying ${PHONE} / ${REFERENCE}`);
    logger.info({ req: { headers: { authorization: "Bearer t", cookie: "authjs.session-token=x" } } }, "request");
    const text = JSON.stringify(lines());
    for (const secret of [PHONE, REFERENCE, "s3cret-tracking", "a@b.cn", '"pw"', "Bearer t", "session-token=x"]) expect(text).not.toContain(secret);
    expect(text).toContain("[redacted]");
    expect(lines()[1]?.msg).toBe("retrying [phone] / [reference]");
  });

  it("put the request id on every line written during a request", () => {
    const { logger, lines } = capture();
    requestContext.run({ reqId: "req-1234abcd" }, () => {
      logger.info("one");
      logger.error({ route: "/api/v1/cases" }, "two");
    });
    logger.info("outside");
    expect(lines().map((l) => l.reqId)).toEqual(["req-1234abcd", "req-1234abcd", undefined]);
    expect(lines()[1]).toMatchObject({ level: "error", route: "/api/v1/cases", msg: "two" });
  });

  it("pins the list of fields that are never logged", () => {
    expect([...REDACTED_FIELDS]).toEqual(["phone", "contactPhone", "to", "secret", "trackingCode", "reference", "password", "passwordHash", "authorization", "cookie", "token", "email"]);
  });
});
