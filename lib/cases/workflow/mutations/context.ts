import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import type { Actor } from "../workflow";

export type StaffActor = Extract<Actor, { kind: "STAFF" }>;

export function staffActor(user: SessionUser): StaffActor {
  return { kind: "STAFF", role: user.role, userId: user.id, departmentId: user.departmentId };
}
