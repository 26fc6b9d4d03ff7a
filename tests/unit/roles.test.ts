import { beforeEach, describe, expect, it, vi } from "vitest";
import { PERMISSIONS, ROLES, can, hasRole, rolesFor, type Permission, type Role } from "@/lib/auth/roles";
import { Role as PrismaRole } from "@/lib/generated/prisma/enums";

const session = vi.hoisted(() => ({ current: null as null | { user: Record<string, unknown> } }));

vi.mock("@/lib/auth/auth", () => ({ auth: async () => session.current }));
// The account as the database holds it: here, the same as the session says.
const inactive = vi.hoisted(() => new Set<string>());
vi.mock("@/lib/users/data", () => ({
  getActiveUser: async (id: string) => (session.current?.user.id === id && !inactive.has(id) ? session.current.user : null),
}));
vi.mock("next-intl/server", () => ({ getLocale: async () => "zh-CN" }));
vi.mock("@/lib/i18n/server-navigation", () => ({
  redirect: ({ href }: { href: string }) => {
    throw new Error(`REDIRECT ${href}`);
  },
}));
vi.mock("next/navigation", () => ({
  forbidden: () => {
    throw new Error("FORBIDDEN");
  },
}));

const { requirePermission, requireRole, requireUser } = await import("@/lib/auth/session");

/**
 * The policy, written out: every permission for every role. Changing who may do what means
 * changing this table on purpose (STYLE.md point 11); it is not read from PERMISSIONS.
 */
const ALL_ROLES = ["ADMIN", "OFFICER", "LIAISON", "MERCHANT", "VIEWER"] as const satisfies readonly Role[];
const EXPECTED: Record<Permission, Record<Role, boolean>> = {
  //                     ADMIN        OFFICER        LIAISON        MERCHANT        VIEWER
  "admin:enter":        { ADMIN: true, OFFICER: true, LIAISON: true, MERCHANT: false, VIEWER: true },
  "users:manage":       { ADMIN: true, OFFICER: false, LIAISON: false, MERCHANT: false, VIEWER: false },
  "settings:manage":    { ADMIN: true, OFFICER: false, LIAISON: false, MERCHANT: false, VIEWER: false },
  "places:read":        { ADMIN: true, OFFICER: true, LIAISON: true, MERCHANT: false, VIEWER: true },
  "places:manage":      { ADMIN: true, OFFICER: true, LIAISON: false, MERCHANT: false, VIEWER: false },
  "cases:read":         { ADMIN: true, OFFICER: true, LIAISON: true, MERCHANT: false, VIEWER: true },
  "cases:intake":       { ADMIN: false, OFFICER: true, LIAISON: false, MERCHANT: false, VIEWER: false },
  "cases:act":          { ADMIN: false, OFFICER: true, LIAISON: true, MERCHANT: false, VIEWER: false },
  "cases:reveal-phone": { ADMIN: false, OFFICER: true, LIAISON: false, MERCHANT: false, VIEWER: false },
  "merchants:review":   { ADMIN: true, OFFICER: true, LIAISON: false, MERCHANT: false, VIEWER: false },
  "merchant:self":      { ADMIN: false, OFFICER: false, LIAISON: false, MERCHANT: true, VIEWER: false },
};

describe("the permission table", () => {
  it("has exactly the roles of the database enum, and exactly the permissions written out here", () => {
    expect([...ROLES].sort()).toEqual([...ALL_ROLES].sort());
    expect(Object.values(PrismaRole).sort()).toEqual([...ALL_ROLES].sort());
    // A new permission (or a removed one) fails here until this test's table says who holds it.
    expect(Object.keys(PERMISSIONS).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const row of Object.values(EXPECTED)) expect(Object.keys(row).sort()).toEqual([...ALL_ROLES].sort());
  });

  it.each(Object.keys(EXPECTED) as Permission[])("%s is held by exactly the roles the expected table names", (permission) => {
    const holders = ALL_ROLES.filter((role) => EXPECTED[permission][role]);
    expect([...rolesFor(permission)].sort()).toEqual([...holders].sort());
    for (const role of ALL_ROLES) expect(hasRole(role, rolesFor(permission)), `${permission} for ${role}`).toBe(EXPECTED[permission][role]);
    expect(can(undefined, permission)).toBe(false);
  });
});

function signInAs(role: Role) {
  session.current = { user: { id: "u1", role, departmentId: null, name: "Test" } };
}

describe("requireRole", () => {
  beforeEach(() => {
    session.current = null;
  });

  it("sends a signed-out visitor to sign-in", async () => {
    await expect(requireUser()).rejects.toThrow("REDIRECT /sign-in");
    await expect(requireRole("ADMIN")).rejects.toThrow("REDIRECT /sign-in");
  });

  it("treats a session whose account was deactivated as signed out", async () => {
    signInAs("ADMIN");
    inactive.add("u1");
    try {
      await expect(requireRole("ADMIN")).rejects.toThrow("REDIRECT /sign-in");
    } finally {
      inactive.delete("u1");
    }
  });

  it.each(ROLES)("lets %s through when the role is listed", async (role) => {
    signInAs(role);
    await expect(requireRole(role)).resolves.toMatchObject({ id: "u1", role });
  });

  it.each(ROLES)("refuses %s when the role is not listed", async (role) => {
    signInAs(role);
    const others = ROLES.filter((r) => r !== role);
    await expect(requireRole(...others)).rejects.toThrow("FORBIDDEN");
  });

  const cases = (Object.keys(EXPECTED) as Permission[]).flatMap((permission) =>
    ALL_ROLES.map((role) => ({ permission, role, allowed: EXPECTED[permission][role] })),
  );

  it.each(cases)("$permission for $role → allowed: $allowed", async ({ permission, role, allowed }) => {
    signInAs(role);
    expect(can(role, permission)).toBe(allowed);
    const result = requirePermission(permission);
    if (allowed) await expect(result).resolves.toMatchObject({ role });
    else await expect(result).rejects.toThrow("FORBIDDEN");
  });

  it("keeps merchants out of the staff dashboard and lets only admins manage users", () => {
    expect(can("MERCHANT", "admin:enter")).toBe(false);
    expect(can("VIEWER", "cases:act")).toBe(false);
    expect(ROLES.filter((r) => can(r, "users:manage"))).toEqual(["ADMIN"]);
  });
});
