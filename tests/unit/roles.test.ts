import { beforeEach, describe, expect, it, vi } from "vitest";
import { PERMISSIONS, ROLES, can, type Permission, type Role } from "@/lib/auth/roles";

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

  const cases = (Object.keys(PERMISSIONS) as Permission[]).flatMap((permission) =>
    ROLES.map((role) => ({ permission, role, allowed: (PERMISSIONS[permission] as readonly Role[]).includes(role) })),
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
