import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/roles";
import { createPrismaClient } from "@/lib/prisma-client";

export const ADMIN = { email: process.env.ADMIN_EMAIL ?? "admin@nuanxin.local", password: process.env.ADMIN_PASSWORD ?? "" };

/** Creates a staff or merchant account directly in the e2e database. */
export async function createUser(role: Role, departmentCode?: string) {
  const db = createPrismaClient(process.env.DATABASE_URL, 1);
  try {
    const email = `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@e2e.nuanxin.local`;
    const password = `pw-${randomUUID()}`;
    const department = departmentCode ? await db.department.findUniqueOrThrow({ where: { code: departmentCode } }) : null;
    await db.user.create({
      data: { email, passwordHash: await hashPassword(password), name: `${role} tester`, role, departmentId: department?.id },
    });
    return { email, password };
  } finally {
    await db.$disconnect();
  }
}

export async function signIn(page: Page, user: { email: string; password: string }, path = "/sign-in") {
  await page.goto(path);
  await page.getByLabel(/邮箱|E-mail/).fill(user.email);
  await page.getByLabel(/密码|Password/).fill(user.password);
  await page.getByRole("button", { name: /登录|Sign in/ }).click();
}
