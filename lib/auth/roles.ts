import type { Role } from "@/lib/generated/prisma/enums";

export type { Role };
export const ROLES = ["ADMIN", "OFFICER", "LIAISON", "MERCHANT", "VIEWER"] as const satisfies readonly Role[];

/** Who may do what. Every server entry point checks one of these; the UI only mirrors them. */
export const PERMISSIONS = {
  "admin:enter": ["ADMIN", "OFFICER", "LIAISON", "VIEWER"],
  "users:manage": ["ADMIN"],
  "settings:manage": ["ADMIN"],
  "places:read": ["ADMIN", "OFFICER", "LIAISON", "VIEWER"],
  "places:manage": ["ADMIN", "OFFICER"],
  "cases:read": ["ADMIN", "OFFICER", "LIAISON", "VIEWER"],
  "cases:intake": ["OFFICER"],
  "cases:act": ["OFFICER", "LIAISON"],
  "cases:reveal-phone": ["OFFICER"],
  "merchants:review": ["ADMIN", "OFFICER"],
  "merchant:self": ["MERCHANT"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function rolesFor(permission: Permission): readonly Role[] {
  return PERMISSIONS[permission];
}

export function hasRole(role: Role | undefined, allowed: readonly Role[]): boolean {
  return role !== undefined && allowed.includes(role);
}

export function can(role: Role | undefined, permission: Permission): boolean {
  return hasRole(role, PERMISSIONS[permission]);
}
