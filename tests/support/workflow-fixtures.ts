import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/roles";
import { acceptCase } from "@/lib/cases/workflow/mutations/acceptance";
import { staffActor, type StaffActor } from "@/lib/cases/workflow/mutations/context";
import { dispatchCase } from "@/lib/cases/workflow/mutations/dispatch";
import { submitGrievance } from "@/lib/cases/intake/submit-grievance";
import { caseBody, newKey } from "./case-fixtures";
import { uniqueEmail, type testDb } from "./db";

type Db = ReturnType<typeof testDb>;

/**
 * Staff cases for workflow tests: accounts, a filed case, and one taken through 受理 and 派单.
 * Each test file files from its own IP and phone: rate-limit rows outlive the file in the run's database.
 */
export function workflowFixtures(db: Db, { ip = "10.3.0.1", phone = "13812345678" } = {}) {
  async function createStaff(role: Role, departmentId: string | null): Promise<StaffActor> {
    const user = await db.user.create({ data: { email: uniqueEmail(role.toLowerCase()), name: `${role} (workflow test)`, role, departmentId, passwordHash: await hashPassword("workflow-test-password") } });
    return staffActor({ id: user.id, role, departmentId, name: user.name });
  }

  async function fileCase(now?: Date) {
    const { reference, code } = await submitGrievance({ body: caseBody({ contact_phone: phone }), photos: [], idempotencyKey: newKey(), channel: "WEB", actor: { kind: "WORKER" }, ip, locale: "zh-CN", now });
    const { id } = await db.case.findUniqueOrThrow({ where: { reference }, select: { id: true } });
    return { id, reference, secret: code! };
  }

  const version = async (caseId: string) => (await db.case.findUniqueOrThrow({ where: { id: caseId } })).version;

  /** A filed case accepted and dispatched by `officer` to `lead`, with `assisting` departments. */
  async function dispatchedCase(officer: StaffActor, lead: string, assisting: string[], now = new Date()) {
    const c = await fileCase();
    await acceptCase(officer, { caseId: c.id, version: await version(c.id), category: "entry_access", priority: "NORMAL" });
    const dispatched = await dispatchCase(officer, { caseId: c.id, version: await version(c.id), leadDepartmentId: lead, assistingDepartmentIds: assisting }, now);
    return { ...c, dueAt: dispatched.dueAt };
  }

  return { ip, createStaff, fileCase, version, dispatchedCase };
}
