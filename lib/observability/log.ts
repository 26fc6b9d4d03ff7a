import { AsyncLocalStorage } from "node:async_hooks";
import pino from "pino";

/** What every log line of one request carries; set by observeRoute / servePublicFeed. */
export type RequestContext = { reqId: string };
export const requestContext = new AsyncLocalStorage<RequestContext>();

/**
 * Fields never written to the log, wherever they sit in a logged object: a worker's phone
 * (SMS_PROVIDER=log logs it masked, see lib/notify/sms.ts), the tracking code (reference +
 * secret opens a case), passwords, session cookies and tokens. Policy: a test pins this list.
 */
export const REDACTED_FIELDS = [
  "phone",
  "contactPhone",
  "to",
  "secret",
  "trackingCode",
  "reference",
  "password",
  "passwordHash",
  "authorization",
  "cookie",
  "token",
  "email",
] as const;

const paths = REDACTED_FIELDS.flatMap((f) => [f, `*.${f}`, `*.*.${f}`, `req.headers.${f}`]);
// Phones (mainland mobile numbers) and tracking codes (JC-…) inside free text, e.g. an error message.
const PHONE = /(?<!\d)1[3-9]\d{9}(?!\d)/g;
const REFERENCE = /\bJC-[A-Z0-9-]{4,}\b/g;

export function scrubText(text: string): string {
  return text.replace(PHONE, "[phone]").replace(REFERENCE, "[reference]");
}

/** JSON lines on stdout, one object per event, with the request id when there is a request. */
export function createLogger(destination?: pino.DestinationStream) {
  return pino(
    {
      level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "warn" : "info"),
      base: { pid: process.pid },
      redact: { paths, censor: "[redacted]" },
      mixin: () => {
        const ctx = requestContext.getStore();
        return ctx ? { reqId: ctx.reqId } : {};
      },
      formatters: { level: (label) => ({ level: label }) },
      hooks: {
        // Messages are free text: scrub what the field list cannot reach.
        logMethod(args, method) {
          method.apply(this, args.map((a) => (typeof a === "string" ? scrubText(a) : a)) as Parameters<typeof method>);
        },
      },
      serializers: { err: (e: unknown) => (e instanceof Error ? { type: e.name, message: scrubText(e.message), stack: scrubText(e.stack ?? "") } : e) },
    },
    destination,
  );
}

const state = globalThis as unknown as { nuanxinLog?: pino.Logger };
export const log: pino.Logger = (state.nuanxinLog ??= createLogger());
