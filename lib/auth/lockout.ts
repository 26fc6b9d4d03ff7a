/** MLPS 2.0 (等保 2.0) sign-in rules, in one place so tests and docs can name them. */
export const LOCKOUT = {
  /** Consecutive wrong passwords that lock an account. */
  maxFailures: 5,
  /** How long a locked account refuses every password, the right one included. */
  lockMinutes: 30,
} as const;

/** Failed sign-ins one client address may make in `windowSec` before it must wait (any accounts). */
export const ADDRESS_LIMIT = {
  failures: () => Number(process.env.SIGN_IN_FAILURES_PER_IP ?? 20) || 20,
  windowSec: 15 * 60,
};

/** Staff sessions end after this much inactivity (the session JWT's maxAge, refreshed by proxy.ts). */
export const SESSION_IDLE_SECONDS = 30 * 60;

/**
 * Worker sessions (a phone proven by SMS code) end after 30 days without use: a worker checks a
 * case every few days from their own phone, and the session opens only their own cases, never a
 * staff page. Sign-out ends it at once (WorkerAccount.sessionVersion).
 */
export const WORKER_SESSION_IDLE_SECONDS = 30 * 24 * 3600;
