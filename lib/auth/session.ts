import "server-only";
import { forbidden } from "next/navigation";
import { getLocale } from "next-intl/server";
import { redirect } from "@/lib/i18n/navigation";
import { auth } from "./auth";
import { hasRole, rolesFor, type Permission, type Role } from "./roles";

export type SessionUser = { id: string; role: Role; departmentId: string | null; name: string };

export async function getSessionUser(): Promise<SessionUser | null> {
  const session = await auth();
  const u = session?.user;
  if (!u?.id || !u.role) return null;
  return { id: u.id, role: u.role, departmentId: u.departmentId, name: u.name ?? "" };
}

/** The signed-in user, or a redirect to sign-in. For pages, loaders and server actions. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) {
    const locale = await getLocale();
    return redirect({ href: "/sign-in", locale });
  }
  return user;
}

/** The signed-in user if their role is one of `roles`; otherwise sign-in or a 403 page. */
export async function requireRole(...roles: Role[]): Promise<SessionUser> {
  const user = await requireUser();
  if (!hasRole(user.role, roles)) forbidden();
  return user;
}

export function requirePermission(permission: Permission): Promise<SessionUser> {
  return requireRole(...rolesFor(permission));
}
