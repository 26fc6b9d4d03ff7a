import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";

const STAFF_ROLES = ["ADMIN", "OFFICER", "LIAISON", "VIEWER"] as const;

// Messages are keys of the "users" namespace's errors, translated on display.
export const createUserSchema = z
  .strictObject({
    name: z.string().trim().min(1, { error: "required" }).max(40, { error: "too_long" }),
    email: z.string().trim().toLowerCase().email({ error: "invalid_email" }).max(254),
    phone: z.union([z.literal(""), z.string().trim().regex(/^1[3-9]\d{9}$/, { error: "invalid_phone" })]).optional(),
    role: z.enum(STAFF_ROLES, { error: "required" }),
    departmentId: z.string().max(40).optional(),
    isDepartmentHead: z.boolean().default(false),
    password: z.string().min(12, { error: "password_short" }).max(200),
  })
  .superRefine((v, ctx) => {
    // A liaison acts for one department; nobody else needs one but may have one.
    if (v.role === "LIAISON" && !v.departmentId) ctx.addIssue({ code: "custom", path: ["departmentId"], message: "department_required" });
  });

export const setActiveSchema = z.strictObject({ userId: z.string().min(1).max(40), active: z.boolean() });
export const resetPasswordSchema = z.strictObject({ userId: z.string().min(1).max(40), password: z.string().min(12, { error: "password_short" }).max(200) });

export const changeRoleSchema = z
  .strictObject({ userId: z.string().min(1).max(40), role: z.enum(STAFF_ROLES, { error: "required" }), departmentId: z.string().max(40).optional() })
  .superRefine((v, ctx) => {
    if (v.role === "LIAISON" && !v.departmentId) ctx.addIssue({ code: "custom", path: ["departmentId"], message: "department_required" });
  });
export const unlockSchema = z.strictObject({ userId: z.string().min(1).max(40) });

export { ROLES, STAFF_ROLES };
