import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { root } from "./schema-engine";

/**
 * Development only: a random AUTH_SECRET kept in .data/ (git-ignored), so that sessions
 * survive restarts without anyone having to configure one. Production must set its own.
 */
export function devAuthSecret(): string {
  const file = path.join(root, ".data/auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
