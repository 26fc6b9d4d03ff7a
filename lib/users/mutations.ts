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

// Every change below that alters who the account is or how it proves it bumps sessionVersion:
// the tokens issued before stop opening a session (lib/auth/auth.ts).

/** Deactivation keeps the account (its history refers to it) but stops every sign-in and session. */
export async function setUserActive(actorId: string, userId: string, active: boolean) {
  if (actorId === userId && !active) throw new AppError("forbidden", 403);
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { active, sessionVersion: { increment: 1 } } }),
    db.accessLog.create({ data: { userId: actorId, action: active ? "ACTIVATE_USER" : "DEACTIVATE_USER", reason: userId } }),
  ]);
}

export async function resetUserPassword(actorId: string, userId: string, password: string) {
  const passwordHash = await hashPassword(password);
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { passwordHash, sessionVersion: { increment: 1 } } }),
    db.accessLog.create({ data: { userId: actorId, action: "RESET_PASSWORD", reason: userId } }),
  ]);
}

/** A new role or department: sessions opened under the old one end. */
export async function changeUserRole(actorId: string, userId: string, input: { role: Role; departmentId?: string }) {
  if (actorId === userId) throw new AppError("forbidden", 403);
  await db.$transaction(async (tx) => {
    if (input.departmentId && !(await tx.department.count({ where: { id: input.departmentId } }))) throw new AppError("validation", 400);
    const before = await tx.user.findUnique({ where: { id: userId }, select: { role: true, departmentId: true } });
    if (!before || before.role === "MERCHANT") throw new AppError("not_found", 404);
    await tx.user.update({ where: { id: userId }, data: { role: input.role, departmentId: input.departmentId || null, sessionVersion: { increment: 1 } } });
    await tx.accessLog.create({ data: { userId: actorId, action: "CHANGE_ROLE", reason: `${userId}:${before.role}->${input.role}:${input.departmentId ?? ""}` } });
  });
}

/**
 * ADMIN lifts a lockout early. Compare-and-set on a lock still in force, so two clicks write one
 * audit row, and unlocking an unlocked account writes none. Returns whether it was locked.
 */
export async function unlockUser(actorId: string, userId: string, ipHash: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: userId, lockedUntil: { gt: new Date() } }, data: { lockedUntil: null, failedSignIns: 0 } });
    if (count === 1) await tx.accountEvent.create({ data: { userId, actorId, action: "unlocked", ipHash } });
    return count === 1;
  });
}
