import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "../../prisma/seed/index";
import { grantAppRole } from "../../scripts/lib/app-role";
import { testDb } from "../support/db";

const db = testDb();
const role = `nuanxin_app_${randomUUID().slice(0, 8)}`;
const ownerUrl = process.env.DATABASE_URL!;
const appUrl = (() => {
  const u = new URL(ownerUrl);
  u.username = role;
  u.password = "app-role-test-password";
  return u.toString();
})();
let app: pg.Client;
let caseId: string;

beforeAll(async () => {
  await seedDatabase(db);
  await grantAppRole(ownerUrl, appUrl);
  await grantAppRole(ownerUrl, appUrl); // idempotent: db:deploy runs it after every migration
  app = new pg.Client({ connectionString: appUrl });
  await app.connect();
});
afterAll(async () => {
  await app?.end();
  const owner = new pg.Client({ connectionString: ownerUrl });
  await owner.connect();
  await owner.query(`DROP OWNED BY ${pg.escapeIdentifier(role)}`);
  await owner.query(`DROP ROLE ${pg.escapeIdentifier(role)}`);
  await owner.end();
  await db.$disconnect();
});

describe("the app's least-privilege role", () => {
  it("inserts a case and its first event, and queues a job", async () => {
    caseId = `role-test-${randomUUID()}`;
    await app.query(
      `INSERT INTO "Case" (id, reference, "secretHash", "categoryCode", "workerGroupCode", description, channel, "consentVersion", "consentAt", "updatedAt")
       VALUES ($1, $2, 'x', 'parking', 'courier', '测试', 'WEB', 'v', now(), now())`,
      [caseId, `JC-ROLE-${randomUUID().slice(0, 6)}`],
    );
    await app.query(`INSERT INTO "CaseEvent" (id, "caseId", type, "actorKind") VALUES ($1, $2, 'SUBMITTED', 'WORKER')`, [`ev-${randomUUID()}`, caseId]);
    await app.query(`UPDATE "Case" SET status = 'ACCEPTED' WHERE id = $1`, [caseId]);
    await app.query(`SELECT graphile_worker.add_job('purge_rate_limits', '{}'::json)`);
    await app.query(`INSERT INTO rate_limits (key, points, expire) VALUES ($1, 1, 0)`, [`role-test:${randomUUID()}`]);
  });

  it("cannot alter tables, drop the append-only trigger, or change or delete an event", async () => {
    await expect(app.query(`ALTER TABLE "Case" ADD COLUMN hacked text`)).rejects.toThrow(/must be owner/);
    await expect(app.query(`DROP TRIGGER "CaseEvent_append_only" ON "CaseEvent"`)).rejects.toThrow(/must be owner/);
    await expect(app.query(`ALTER TABLE "CaseEvent" DISABLE TRIGGER ALL`)).rejects.toThrow(/must be owner/);
    await expect(app.query(`UPDATE "CaseEvent" SET note = 'x' WHERE "caseId" = $1`, [caseId])).rejects.toThrow(/permission denied/);
    await expect(app.query(`DELETE FROM "CaseEvent" WHERE "caseId" = $1`, [caseId])).rejects.toThrow(/permission denied/);
    await expect(app.query(`INSERT INTO case_redaction_grant (tx, case_id) VALUES (pg_current_xact_id(), $1)`, [caseId])).rejects.toThrow(/permission denied/);
    await expect(app.query(`CREATE TABLE sneaky (id int)`)).rejects.toThrow(/permission denied/);
  });

  it("may redact a closed case, through the one function", async () => {
    await app.query(`UPDATE "Case" SET status = 'CLOSED', "closedAt" = now() WHERE id = $1`, [caseId]);
    await app.query(`SELECT nuanxin_redact_case($1, 'retention')`, [caseId]);
    const { rows } = await app.query(`SELECT type FROM "CaseEvent" WHERE "caseId" = $1 ORDER BY "createdAt"`, [caseId]);
    expect(rows.map((r) => r.type)).toEqual(["SUBMITTED", "REDACTED"]);
  });
});
