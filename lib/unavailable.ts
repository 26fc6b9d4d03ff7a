import { AppError } from "@/lib/errors";

/**
 * A dependency (the database, the photo store) is briefly out of reach. Answered as 503 with
 * Retry-After, so that clients (the mini program, the web form) retry with their idempotency key
 * instead of showing a crash, and load balancers see an outage rather than a bug.
 */
export class UnavailableError extends AppError {
  readonly retryAfter = RETRY_AFTER_SECONDS;
  constructor(code: "database_unavailable" | "storage_unavailable", cause?: unknown) {
    super(code, 503);
    this.cause = cause;
  }
}

/** Long enough for a PostgreSQL restart or a fail-over to a replica; short enough for a person waiting. */
export const RETRY_AFTER_SECONDS = 5;

// SQLSTATE classes and codes that mean "no usable connection", not "this query is wrong":
// 08 connection exception, 57P01–57P03 shutdown / crash / starting up, 53300 too many connections.
const SQLSTATE = /^(08...|57P0[1-3]|53300)$/;
const SOCKET = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH"]);
// Prisma's codes for an unreachable server, a timeout, a closed connection, an exhausted pool.
const PRISMA = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
// node-postgres throws these as plain Errors, without a code.
const MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Can't reach database server|Client has encountered a connection error|the database system is (starting up|shutting down|in recovery mode)|terminating connection due to administrator command/i;

type Shape = { code?: unknown; name?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: string; code?: string } } } };

/** Whether an error (from Prisma, node-postgres or graphile) means the database cannot be reached. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error as Shape | undefined, depth = 0; e && typeof e === "object" && depth < 5; e = e.cause as Shape | undefined, depth++) {
    if (e instanceof UnavailableError) return e.code === "database_unavailable";
    const code = typeof e.code === "string" ? e.code : "";
    if (PRISMA.has(code) || SOCKET.has(code) || SQLSTATE.test(code)) return true;
    const adapter = e.meta?.driverAdapterError?.cause;
    if (adapter && (ADAPTER_KINDS.has(adapter.kind ?? "") || SQLSTATE.test(adapter.code ?? ""))) return true;
    if (typeof e.message === "string" && MESSAGES.test(e.message)) return true;
  }
  return false;
}

/** The JSON a route without a locale answers during an outage: both languages, as the API's callers vary. */
export function unavailableResponse(): Response {
  const message = "服务暂时不可用，请稍后重试。The service is briefly unavailable; please try again in a few seconds.";
  return Response.json(
    { error: { code: "unavailable", message } },
    { status: 503, headers: { "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store" } },
  );
}
