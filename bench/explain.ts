import { parseBboxQuery, parseNearQuery } from "@/lib/places/feeds/schema";
import { bboxSql, nearSql, type SqlQuery } from "@/lib/places/feeds/sql";
import { FACILITIES } from "../prisma/seed/facilities";
import { withClient } from "./bench-database";
import type { QueryName } from "./load";

export type Explained = { query: QueryName; executionMs: number; planningMs: number; rows: number; plan: string };

const codes = new Set<string>(FACILITIES.map((f) => f.code));

function sqlFor(query: QueryName, urlPath: string): SqlQuery {
  const params = new URL(urlPath, "http://127.0.0.1").searchParams;
  const parsed = query === "near-20" ? parseNearQuery(params, codes) : parseBboxQuery(params, codes);
  if (!parsed.ok) throw new Error(`${urlPath}: ${parsed.error.message}`);
  return "bbox" in parsed.value ? bboxSql(parsed.value, new Date()) : nearSql(parsed.value, new Date());
}

/** EXPLAIN (ANALYZE, BUFFERS) of the exact statement the API runs, after one warming execution. */
export function explain(url: string, query: QueryName, urlPath: string): Promise<Explained> {
  const { text, values } = sqlFor(query, urlPath);
  return withClient(url, async (client) => {
    const { rowCount } = await client.query(text, values);
    const { rows } = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, values);
    const plan = rows.map((r) => r["QUERY PLAN"]).join("\n");
    const ms = (label: string) => Number(new RegExp(`${label} Time: ([\\d.]+) ms`).exec(plan)?.[1] ?? NaN);
    return { query, executionMs: ms("Execution"), planningMs: ms("Planning"), rows: rowCount ?? 0, plan };
  });
}
