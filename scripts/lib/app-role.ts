import pg from "pg";

/**
 * Least privilege: the app's role (the user in DATABASE_URL) may read and write rows, and nothing
 * more: it owns no table, so it cannot ALTER or DROP them or their triggers; it gets only SELECT
 * and INSERT on the append-only CaseEvent, nothing on case_redaction_grant (which only
 * nuanxin_redact_case, owned by the migration role, writes), and EXECUTE on that one function.
 * graphile-worker's schema is created by db:deploy as the owner; the app only uses its tables and
 * functions. Idempotent: run after every db:deploy (db:deploy does so when the two URLs differ).
 */
export function appRoleSql(role: string, password: string | null, database: string): string[] {
  const r = pg.escapeIdentifier(role);
  return [
    `DO $$ BEGIN
       IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ${pg.escapeLiteral(role)}) THEN CREATE ROLE ${r} LOGIN; END IF;
     END $$`,
    ...(password ? [`ALTER ROLE ${r} LOGIN PASSWORD ${pg.escapeLiteral(password)}`] : []),
    `ALTER ROLE ${r} NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS`,
    `GRANT CONNECT ON DATABASE ${pg.escapeIdentifier(database)} TO ${r}`,
    `REVOKE CREATE ON SCHEMA public FROM ${r}`,
    `GRANT USAGE ON SCHEMA public TO ${r}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${r}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${r}`,
    `REVOKE UPDATE, DELETE, TRUNCATE ON "CaseEvent" FROM ${r}`,
    `REVOKE ALL ON "case_redaction_grant", "_prisma_migrations" FROM ${r}`,
    `GRANT EXECUTE ON FUNCTION "nuanxin_redact_case"(text, text) TO ${r}`,
    `GRANT USAGE ON SCHEMA graphile_worker TO ${r}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA graphile_worker TO ${r}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA graphile_worker TO ${r}`,
    `GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA graphile_worker TO ${r}`,
    // graphile-worker turns on row-level security for its private tables (with no policy, only
    // their owner may touch rows); the app role gets a policy for all rows instead of BYPASSRLS.
    `DO $$ DECLARE t record; BEGIN
       FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'graphile_worker' AND c.relkind = 'r' AND c.relrowsecurity LOOP
         IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'graphile_worker' AND tablename = t.relname AND policyname = ${pg.escapeLiteral(role)}) THEN
           EXECUTE format('CREATE POLICY %I ON graphile_worker.%I TO %I USING (true) WITH CHECK (true)', ${pg.escapeLiteral(role)}, t.relname, ${pg.escapeLiteral(role)});
         END IF;
       END LOOP;
     END $$`,
  ];
}

/** Creates or updates the role named in `appUrl`, connected as the owner at `ownerUrl`. */
export async function grantAppRole(ownerUrl: string, appUrl: string): Promise<string> {
  const app = new URL(appUrl);
  const role = decodeURIComponent(app.username);
  const owner = decodeURIComponent(new URL(ownerUrl).username);
  if (!role || role === owner) throw new Error("DATABASE_URL must name the app role, a different user from MIGRATION_DATABASE_URL's owner");
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ db: string }>("SELECT current_database() AS db");
    await client.query("BEGIN");
    for (const sql of appRoleSql(role, app.password ? decodeURIComponent(app.password) : null, rows[0]!.db)) await client.query(sql);
    await client.query("COMMIT");
    return role;
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    await client.end();
  }
}
