import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/prisma-client";

/**
 * Creates the first administrator when there is none. The password comes from ADMIN_PASSWORD
 * or is generated and printed once; no default password exists anywhere.
 */
export async function seedAdmin(db: Db, env: { ADMIN_EMAIL: string; ADMIN_PASSWORD?: string }): Promise<void> {
  if (await db.user.count({ where: { role: "ADMIN" } })) return;
  const password = env.ADMIN_PASSWORD ?? randomBytes(12).toString("base64url");
  await db.user.create({
    data: { email: env.ADMIN_EMAIL.toLowerCase(), name: "Administrator", role: "ADMIN", passwordHash: await hashPassword(password) },
  });
  if (!env.ADMIN_PASSWORD) {
    console.log(
      [
        "",
        "  ┌─ First administrator created ─────────────────────────────",
        `  │  e-mail:   ${env.ADMIN_EMAIL}`,
        `  │  password: ${password}`,
        "  │  This is shown only once. Sign in at /sign-in and keep it safe.",
        "  └────────────────────────────────────────────────────────────",
        "",
      ].join("\n"),
    );
  }
}
