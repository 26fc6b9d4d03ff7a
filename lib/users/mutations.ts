import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/auth/roles";

export async function createStaffUser(actorId: string, input: { name: string; email: string; phone?: string; role: Role; departmentId?: string; isDepartmentHead: boolean; password: string }) {
  return db.$transaction(async (tx) => {
    if (input.departmentId && !(await tx.department.count({ where: { id: input.departmentId } }))) throw new AppError("validation", 400);
    const user = await tx.user.create({
      data: {
        name: input.name,
        email: input.email,
        phone: input.phone || null,
        role: input.role,
        departmentId: input.departmentId || null,
        isDepartmentHead: input.isDepartmentHead,
        passwordHash: await hashPassword(input.password),
      },
    });
    await tx.accessLog.create({ data: { userId: actorId, action: "CREATE_USER", reason: `${user.id}:${input.role}` } });
    return user;
  });
}

/** Deactivation keeps the account (its history refers to it) but stops every sign-in. */
export async function setUserActive(actorId: string, userId: string, active: boolean) {
  if (actorId === userId && !active) throw new AppError("forbidden", 403);
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { active } }),
    db.accessLog.create({ data: { userId: actorId, action: active ? "ACTIVATE_USER" : "DEACTIVATE_USER", reason: userId } }),
  ]);
}

export async function resetUserPassword(actorId: string, userId: string, password: string) {
  const passwordHash = await hashPassword(password);
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { passwordHash } }),
    db.accessLog.create({ data: { userId: actorId, action: "RESET_PASSWORD", reason: userId } }),
  ]);
}
