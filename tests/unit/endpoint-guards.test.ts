import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { scanEndpoints, type Endpoint } from "../support/endpoint-guards";

/**
 * Every server action and route handler in the app authorizes or says it is public. The list is
 * found from the code (tests/support/endpoint-guards.ts), never kept by hand: a new unguarded
 * export fails here with its file:export until it calls a guard or carries `// public: <why>`.
 */
const ROOT = path.resolve(import.meta.dirname, "../..");
const SOURCES = ["app", "pages", "lib"].flatMap((dir) =>
  readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" })
    .map((f) => `${dir}/${f.split(path.sep).join("/")}`)
    .filter((f) => /\.tsx?$/.test(f) && !f.startsWith("lib/generated/")),
);
const ENDPOINTS = SOURCES.flatMap((f) => scanEndpoints(f, readFileSync(path.join(ROOT, f), "utf8")));
const id = (e: Endpoint) => `${e.file}:${e.name}`;

describe("the app's endpoints", () => {
  it("each call an authorization guard or carry a `// public: <why>` marker", () => {
    const offending = ENDPOINTS.filter((e) => e.status === "unguarded").map(id);
    expect(offending, `Unguarded endpoints (add requirePermission/requireRole/requireUser/requireMerchant, or "// public: <why>" above the export):\n${offending.join("\n")}`).toEqual([]);
  });

  it("are found in every kind of file: route handlers, Pages API routes and server action files", () => {
    const routeFiles = SOURCES.filter((f) => /^app\/(.*\/)?route\.tsx?$/.test(f));
    const pagesApi = SOURCES.filter((f) => f.startsWith("pages/api/"));
    const actionFiles = SOURCES.filter((f) => /^\s*["']use server["']/.test(readFileSync(path.join(ROOT, f), "utf8")));
    for (const f of [...routeFiles, ...pagesApi, ...actionFiles]) expect(ENDPOINTS.some((e) => e.file === f), `${f} has no endpoint`).toBe(true);
    expect(ENDPOINTS.length).toBeGreaterThanOrEqual(routeFiles.length + pagesApi.length + actionFiles.length);
  });

  it("lists what it found (for review: the public ones with their reasons)", () => {
    const lines = ENDPOINTS.map((e) => `${e.status.padEnd(9)} ${id(e)}${e.why ? ` — ${e.why}` : ""}`).sort();
    console.log(`${ENDPOINTS.filter((e) => e.status === "guarded").length} guarded, ${ENDPOINTS.filter((e) => e.status === "public").length} public\n${lines.join("\n")}`);
    expect(lines.length).toBe(ENDPOINTS.length);
  });
});

const scan = (file: string, text: string) => scanEndpoints(file, text).map((e) => `${e.name}=${e.status}`);

describe("the detector", () => {
  it("flags a new unguarded server action, and passes it once guarded or marked public", () => {
    const action = (body: string, above = "") => `"use server";\nimport { requirePermission } from "@/lib/auth/session";\n${above}export async function deleteAllAction(fd: FormData) {\n${body}\n}\n`;
    expect(scan("lib/x/actions.ts", action("await wipe(fd);"))).toEqual(["deleteAllAction=unguarded"]);
    expect(scan("lib/x/actions.ts", action('await requirePermission("users:manage");\nawait wipe(fd);'))).toEqual(["deleteAllAction=guarded"]);
    expect(scan("lib/x/actions.ts", action("await wipe(fd);", "// public: a fixture\n"))).toEqual(["deleteAllAction=public"]);
    // The marker must sit directly above the export and give a reason.
    expect(scan("lib/x/actions.ts", action("await wipe(fd);", "// public: a fixture\n\n"))).toEqual(["deleteAllAction=unguarded"]);
    expect(scan("lib/x/actions.ts", action("await wipe(fd);", "// public:\n"))).toEqual(["deleteAllAction=unguarded"]);
    expect(scan("lib/x/actions.ts", action("await wipe(fd);", "// Public, sort of\n"))).toEqual(["deleteAllAction=unguarded"]);
  });

  it("follows a guard through a helper of the same file, and not through one that has none", () => {
    const guardedRun = `"use server";\nasync function run(fn: () => Promise<void>) { await requireRole("ADMIN"); return fn(); }\nexport const a = async () => run(async () => {});\nexport async function b() { return helper(); }\nfunction helper() { return 1; }\n`;
    expect(scan("lib/x/actions.ts", guardedRun)).toEqual(["a=guarded", "b=unguarded"]);
  });

  it("counts getSessionUser only with a role check beside it", () => {
    const route = (check: string) => `export async function GET() {\n  const user = await getSessionUser();\n  ${check}\n  return Response.json({});\n}\nexport const dynamic = "force-dynamic";\n`;
    expect(scan("app/api/x/route.ts", route(""))).toEqual(["GET=unguarded"]);
    expect(scan("app/api/x/route.ts", route('if (!user || !can(user.role, "places:read")) return deny();'))).toEqual(["GET=guarded"]);
  });

  it("enumerates method exports of route handlers (also destructured and re-exported), not their config", () => {
    const text = `import { handlers } from "./auth";\nexport const { GET, POST } = handlers;\nconst put = async () => requireUser();\nexport { put as PUT };\nexport const revalidate = 0;\nexport function helper() {}\n`;
    expect(scan("app/api/y/[...all]/route.ts", text)).toEqual(["GET=unguarded", "POST=unguarded", "PUT=guarded"]);
  });

  it("takes the default export of a Pages API route and inline \"use server\" functions anywhere", () => {
    expect(scan("pages/api/feed.ts", "export default serve(feed);\nexport const config = {};\n")).toEqual(["default=unguarded"]);
    const page = `export default function Page() {\n  async function save(fd: FormData) {\n    "use server";\n    await db.x.delete();\n  }\n  return null;\n}\n`;
    expect(scan("app/[locale]/x/page.tsx", page)).toEqual(["save=unguarded"]);
  });

  it("ignores files that are neither routes nor server action files, and type exports", () => {
    expect(scan("lib/x/loaders.ts", "export async function load() { return 1; }\n")).toEqual([]);
    expect(scan("lib/x/actions.ts", '"use server";\nexport type State = { ok: boolean };\n')).toEqual([]);
  });
});
