import "server-only";
import { forbidden } from "next/navigation";
import { cache } from "react";
import { getActiveUser } from "@/lib/users/data";
import { getLocale } from "next-intl/server";
import { redirect } from "@/lib/i18n/server-navigation";
import { auth } from "./auth";
import { hasRole, rolesFor, type Permission, type Role } from "./roles";

export type SessionUser = { id: string; role: Role; departmentId: string | null; name: string };

/**
 * The signed-in user as the database knows them now: the JWT only says who signed in, so a
 * deactivated account, a changed role or a retired session version (sign-out, password reset)
 * takes effect on the next request, not when the token expires.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  // A worker session (signed in by SMS code) is never a staff, admin or merchant user.
  if (!id || session.worker) return null;
  // The version check is also made in the jwt callback; repeated here so no page relies on that.
  const user = await getActiveUser(id, session.user.sessionVersion);
  return user ? { id: user.id, role: user.role, departmentId: user.departmentId, name: user.name } : null;
});

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
