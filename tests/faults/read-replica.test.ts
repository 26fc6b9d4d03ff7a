import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";
import { seedDatabase } from "../../prisma/seed/index";
import { startInstance, stopInstance, type ClusterInstance } from "../../scripts/lib/cluster";
import { applyMigrations } from "../../scripts/lib/migrate";
import { streamingPair, type StreamingPair } from "../../scripts/lib/streaming-pair";
import { JINCHANG } from "../support/case-fixtures";
import { sessionCookie } from "../support/session-token";

let pair: StreamingPair;
let instance: ClusterInstance;
let primary: pg.Client;
let replica: pg.Client;
let place: { id: string; nameZh: string };

beforeAll(async () => {
  pair = await streamingPair("nuanxin_replica");
  await applyMigrations(pair.primaryUrl);
  const db = createPrismaClient(pair.primaryUrl, 2);
  await seedDatabase(db);
  await db.$disconnect();
  [primary, replica] = [new pg.Client(pair.primaryUrl), new pg.Client(pair.replicaUrl)];
  await Promise.all([primary.connect(), replica.connect()]);
  await caughtUp();
  instance = await startInstance({ DATABASE_URL: pair.primaryUrl, DATABASE_REPLICA_URL: pair.replicaUrl, PUBLIC_URL: "http://127.0.0.1", ALLOW_INSECURE_HTTP: "1" });
  const near = (await (await fetch(`${instance.url}/api/places/near?lat=${JINCHANG.lat}&lng=${JINCHANG.lng}`)).json()) as { places: { id: string }[] };
  const id = near.places[0]!.id;
  place = (await primary.query<{ id: string; nameZh: string }>(`SELECT id, "nameZh" FROM "Place" WHERE id = $1`, [id])).rows[0]!;
});
afterAll(async () => {
  if (instance) await stopInstance(instance);
  await Promise.all([primary?.end(), replica?.end()]);
  await pair?.destroy();
});

/** Until the replica has replayed everything the primary has written so far. */
async function caughtUp() {
  const { lsn } = (await primary.query<{ lsn: string }>("SELECT pg_current_wal_lsn()::text AS lsn")).rows[0]!;
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 100))) {
    const { rows } = await replica.query<{ ok: boolean }>("SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS ok", [lsn]);
    if (rows[0]!.ok) return;
  }
  throw new Error("the replica did not catch up in 30 s");
}

const nameIn = async (res: Response) => (await res.text()).includes(`${place.nameZh}（改）`);
const pinned = { cookie: "nx_primary=1" };

describe("a streaming replica behind the public reads", () => {
  it("serves the map's feeds, the place page and the place JSON from the replica, staff pages from the primary", async () => {
    // Replay paused: the replica lags as far behind as a test needs.
    await replica.query("SELECT pg_wal_replay_pause()");
    await primary.query(`UPDATE "Place" SET "nameZh" = "nameZh" || '（改）' WHERE id = $1`, [place.id]);
    expect(await nameIn(await fetch(`${instance.url}/api/places/near?lat=${JINCHANG.lat}&lng=${JINCHANG.lng}`))).toBe(false);
    expect(await nameIn(await fetch(`${instance.url}/api/places/${place.id}`))).toBe(false);
    expect(await nameIn(await fetch(`${instance.url}/places/${place.id}`))).toBe(false);
    const [admin] = (await primary.query(`SELECT id, role::text AS role, "departmentId", "sessionVersion" FROM "User" WHERE email = $1`, [process.env.ADMIN_EMAIL])).rows;
    const staff = await fetch(`${instance.url}/admin/places/${place.id}`, { headers: { cookie: await sessionCookie(admin) } });
    expect(staff.status).toBe(200);
    expect(await nameIn(staff)).toBe(true);
  });

  it("keeps a visitor who has just written on the primary: a check-in pins their reads for a few seconds", async () => {
    const html = await (await fetch(`${instance.url}/places/${place.id}`)).text();
    // The check-in form (not a report, not a one-tap confirmation), as a browser without script posts it.
    const form = [...html.matchAll(/<form[^>]*>([\s\S]*?)<\/form>/g)].map((m) => m[1]!).find((f) => f.includes('name="placeId"') && !f.includes('name="type"') && !f.includes('name="answer"'))!;
    const action = /name="(\$ACTION_ID_[0-9a-f]+)"/.exec(form)?.[1];
    expect(action).toBeTruthy();
    const body = new FormData();
    body.append(action!, "");
    body.append("placeId", place.id);
    const res = await fetch(`${instance.url}/places/${place.id}`, { method: "POST", body, headers: { origin: instance.url }, redirect: "manual" });
    expect(res.status).toBe(303);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith("nx_primary="));
    expect(cookie).toMatch(/Max-Age=10/i);
    expect(await nameIn(await fetch(`${instance.url}/places/${place.id}`, { headers: pinned }))).toBe(true);
    expect(await nameIn(await fetch(`${instance.url}/api/places/${place.id}`, { headers: pinned }))).toBe(true);
  });

  it("shows the change everywhere once the replica has replayed it", async () => {
    await replica.query("SELECT pg_wal_replay_resume()");
    await caughtUp();
    expect(await nameIn(await fetch(`${instance.url}/api/places/${place.id}`))).toBe(true);
    expect(await nameIn(await fetch(`${instance.url}/places/${place.id}`))).toBe(true);
  });
});
