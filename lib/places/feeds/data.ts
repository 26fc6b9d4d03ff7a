// No `import "server-only"` in this file or its imports: the public feeds are Pages API routes
// (pages/api), and that package throws outside React Server Components. pg cannot be bundled for a
// browser anyway, and ESLint keeps @/lib/pg-pool inside data files.
import { pgPool } from "@/lib/pg-pool";
import type { BboxQuery, NearQuery } from "./schema";
import { bboxSql, nearSql, type PlaceRow } from "./sql";

export async function findPlacesInBbox(q: BboxQuery, at: Date): Promise<{ rows: PlaceRow[]; truncated: boolean }> {
  const { text, values } = bboxSql(q, at);
  const { rows } = await pgPool.query<PlaceRow>(text, values);
  return { rows: rows.slice(0, q.limit), truncated: rows.length > q.limit };
}

export async function findPlacesNear(q: NearQuery, at: Date): Promise<PlaceRow[]> {
  const { text, values } = nearSql(q, at);
  const { rows } = await pgPool.query<PlaceRow>(text, values);
  return rows;
}

export async function selectFacilityCodes(): Promise<string[]> {
  const { rows } = await pgPool.query<{ code: string }>(`SELECT code FROM "Facility" ORDER BY "sortOrder"`);
  return rows.map((r) => r.code);
}
