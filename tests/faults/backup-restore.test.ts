import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nearSql } from "@/lib/places/feeds/sql";
import { createPrismaClient } from "@/lib/prisma-client";
import { localBlobStore } from "@/lib/storage/local";
import { seedDatabase } from "../../prisma/seed/index";
import { backup, restore } from "../../scripts/lib/backup";
import { ensureDatabase, databaseUrl } from "../../scripts/lib/database";
import { applyMigrations } from "../../scripts/lib/migrate";
import { streamingPair, type StreamingPair } from "../../scripts/lib/streaming-pair";
import { JINCHANG } from "../support/case-fixtures";

let server: StreamingPair;
let work: string;
beforeAll(async () => {
  // The system's PostgreSQL, whose pg_dump and pg_restore match it (the embedded server is newer).
  server = await streamingPair("nuanxin_live", { replica: false });
  await applyMigrations(server.primaryUrl);
  const db = createPrismaClient(server.primaryUrl, 2);
  await seedDatabase(db);
  await db.$disconnect();
  work = await mkdtemp(path.join(tmpdir(), "nuanxin-backup-"));
});
afterAll(async () => {
  await server?.destroy();
  if (work) await rm(work, { recursive: true, force: true });
});

const near = { lat: JINCHANG.lat, lng: JINCHANG.lng, limit: 10, kinds: [], facilities: [], openNow: false, is24h: false, q: null, lang: "zh-CN" as const };
async function query<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(text, values)).rows;
  } finally {
    await c.end();
  }
}

describe("npm run db:backup and db:restore", () => {
  it("restore into a fresh database and photo store that the portal serves from", async () => {
    const live = localBlobStore(path.join(work, "live-photos"));
    await live.put("cases/2026/11/a.jpg", Buffer.from("photo a"), "image/jpeg");
    await live.put("places/2026/11/b.webp", Buffer.from("photo b"), "image/webp");
    const dir = path.join(work, "backup");
    expect(await backup({ databaseUrl: server.primaryUrl, store: live, dir })).toEqual({ photos: 2 });

    const adminUrl = databaseUrl(server.primaryUrl, "postgres");
    await ensureDatabase(adminUrl, "nuanxin_restored");
    const restoredUrl = databaseUrl(server.primaryUrl, "nuanxin_restored");
    const restored = localBlobStore(path.join(work, "restored-photos"));
    expect(await restore({ databaseUrl: restoredUrl, store: restored, dir })).toEqual({ photos: 2 });

    // The feeds' own SQL gives the same places from the restored database.
    const { text, values } = nearSql(near, new Date("2026-11-30T04:00:00Z"));
    const [before, after] = [await query(server.primaryUrl, text, values), await query(restoredUrl, text, values)];
    expect(after.length).toBeGreaterThan(0);
    expect(after).toEqual(before);
    // Migrations are recorded, so the next deploy applies nothing; graphile's schema came along.
    expect(await applyMigrations(restoredUrl)).toEqual([]);
    expect(await query(restoredUrl, `SELECT count(*)::int AS n FROM graphile_worker._private_tasks`)).toEqual(await query(server.primaryUrl, `SELECT count(*)::int AS n FROM graphile_worker._private_tasks`));
    expect(await restored.get("cases/2026/11/a.jpg")).toEqual({ data: Buffer.from("photo a"), contentType: "image/jpeg" });
    expect(await restored.get("places/2026/11/b.webp")).toEqual({ data: Buffer.from("photo b"), contentType: "image/webp" });
  });
});
