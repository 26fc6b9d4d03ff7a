import { z } from "zod";
import { compileTrust } from "@/lib/http/client-address";

const WEAK_PASSWORDS = new Set(["admin", "password", "changeme", "admin123", "12345678", "nuanxin", "123456789012"]);

const positiveInt = z.string().regex(/^[1-9]\d*$/, "must be a positive whole number");

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z.string().url().optional(),
    DATABASE_POOL_SIZE: positiveInt.optional(),
    // A streaming replica for the public reads (the map's feeds, place pages); see lib/replica/data.ts.
    DATABASE_REPLICA_URL: z.string().url().optional(),
    // When DATABASE_URL goes through PgBouncer in transaction mode: the job worker's LISTEN needs a
    // session of its own, so it connects here, straight to PostgreSQL (lib/jobs/start.ts).
    DATABASE_DIRECT_URL: z.string().url().optional(),
    AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters (e.g. `openssl rand -base64 32`)").optional(),
    ADMIN_EMAIL: z.string().email().default("admin@nuanxin.local"),
    ADMIN_PASSWORD: z.string().min(12, "ADMIN_PASSWORD must be at least 12 characters").optional(),
    TILE_PROVIDER: z.enum(["osm", "tianditu", "amap"]).default("osm"),
    TIANDITU_KEY: z.string().optional(),
    PUBLIC_URL: z.string().url().optional(),
    AUTH_URL: z.string().url().optional(),
    // An http PUBLIC_URL / AUTH_URL in production only on purpose (the e2e suite, a closed network).
    ALLOW_INSECURE_HTTP: z.enum(["0", "1"]).optional(),
    TRUSTED_PROXIES: z
      .string()
      .optional()
      .refine((v) => validTrust(v), "must be a comma-separated list of IP addresses, CIDR ranges or loopback/linklocal/uniquelocal"),
    SIGN_IN_FAILURES_PER_IP: positiveInt.optional(),
    MERCHANT_SIGNUP_LIMIT_PER_IP: positiveInt.optional(),
    NOTIFY_LOG_FILE: z.string().optional(),
    SEED_SAMPLE_DATA: z.enum(["true", "false"]).optional(),
    SMS_PROVIDER: z.enum(["log", "http"]).default("log"),
    // SMS_PROVIDER=http: a relay on the internal network that talks to the carrier (lib/notify/sms.ts).
    SMS_HTTP_URL: z.string().url().optional(),
    SMTP_URL: z.string().url().optional(),
    MAIL_FROM: z.string().optional(),
    JOBS_DISABLED: z.enum(["0", "1"]).optional(),
    METRICS_TOKEN: z.string().min(16, "METRICS_TOKEN must be at least 16 characters").optional(),
    CASE_RATE_LIMIT_PER_IP: positiveInt.optional(),
    CASE_RATE_LIMIT_PER_PHONE: positiveInt.optional(),
    TRACK_RATE_LIMIT_PER_IP: positiveInt.optional(),
    CASE_REOPEN_CAP: z.string().regex(/^\d+$/, "must be a whole number").optional(),
    CASE_REMINDER_HOURS: positiveInt.optional(),
    CASE_ESCALATE_AFTER_WORKING_DAYS: positiveInt.optional(),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== "production") return;
    if (!env.AUTH_SECRET) {
      ctx.addIssue({ code: "custom", path: ["AUTH_SECRET"], message: "AUTH_SECRET is required in production (e.g. `openssl rand -base64 32`)" });
    }
    // Links in publicly cached feeds and on posters are built from PUBLIC_URL, never from a
    // request's Host (lib/http/origin.ts), so production must say where it lives.
    if (!env.PUBLIC_URL) {
      ctx.addIssue({ code: "custom", path: ["PUBLIC_URL"], message: "PUBLIC_URL is required in production (e.g. https://nuanxin.jinchang.gov.cn)" });
    }
    // Session cookies and passwords must not cross the network in clear; a closed network
    // (政务内网) without TLS says so explicitly.
    for (const key of ["AUTH_URL", "PUBLIC_URL"] as const) {
      if (env[key]?.startsWith("http:") && env.ALLOW_INSECURE_HTTP !== "1") {
        ctx.addIssue({ code: "custom", path: [key], message: `${key} must be https in production (set ALLOW_INSECURE_HTTP=1 only on a closed network)` });
      }
    }
    if (env.ADMIN_PASSWORD && WEAK_PASSWORDS.has(env.ADMIN_PASSWORD.toLowerCase())) {
      ctx.addIssue({ code: "custom", path: ["ADMIN_PASSWORD"], message: "ADMIN_PASSWORD is a well-known default; choose another" });
    }
  });

function validTrust(list: string | undefined): boolean {
  try {
    compileTrust(list);
    return true;
  } catch {
    return false;
  }
}

export type Env = z.infer<typeof schema>;

export class EnvError extends Error {}

/** Validates the environment; throws one readable error naming every bad variable. */
export function parseEnv(raw: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== ""));
  const result = schema.safeParse(cleaned);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
  throw new EnvError(`Invalid environment:\n${lines.join("\n")}`);
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
