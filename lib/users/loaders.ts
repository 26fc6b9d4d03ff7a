import "server-only";
import { cache } from "react";
import { requirePermission } from "@/lib/auth/session";
import { listDepartments } from "@/lib/departments/data";
import { maskPhone } from "@/lib/notify/sms";
import { listUsers } from "./data";

export const loadUsersPage = cache(async () => {
  const admin = await requirePermission("users:manage");
  const [users, departments] = await Promise.all([listUsers(), listDepartments()]);
  return { adminId: admin.id, users: users.map((u) => ({ ...u, phone: u.phone ? maskPhone(u.phone) : null })), departments };
});
