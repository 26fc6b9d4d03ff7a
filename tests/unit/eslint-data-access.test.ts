import path from "node:path";
import { ESLint, type Linter } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

/**
 * The house rule "only data.ts and mutations.ts import the database" (eslint.config.mjs,
 * no-restricted-imports), checked against the sub-domain layout: each snippet is linted as if it
 * lived at the given path, with the repository's own config.
 */
const ROOT = path.resolve(import.meta.dirname, "../..");

const DB = `import { db } from "@/lib/db";\nexport const count = () => db.place.count();\n`;
const POOL = `import { pgPool } from "@/lib/pg-pool";\nexport const pool = pgPool;\n`;
const CLIENT = `import { PrismaClient } from "@/lib/generated/prisma/client";\nexport const client = new PrismaClient();\n`;
const FACTORY = `import { createPrismaClient } from "@/lib/prisma-client";\nexport const client = createPrismaClient(undefined);\n`;
const RELATIVE = `import { db } from "../../db";\nexport const count = () => db.place.count();\n`;

/** Files that must not reach the database: loaders, actions, pages, components, workflow tables. */
const REFUSED: { filePath: string; code: string }[] = [
  { filePath: "lib/places/admin/loaders.ts", code: DB },
  { filePath: "lib/cases/inbox/actions.ts", code: DB },
  { filePath: "app/x/page.tsx", code: DB },
  { filePath: "lib/cases/workflow/workflow.ts", code: DB },
  { filePath: "lib/places/admin/components/place-table.tsx", code: DB },
  { filePath: "lib/merchants/loaders.ts", code: DB },
  { filePath: "lib/places/feeds/feeds.ts", code: POOL },
  { filePath: "lib/cases/detail/loaders.ts", code: CLIENT },
  { filePath: "app/x/page.tsx", code: FACTORY },
  { filePath: "lib/places/admin/loaders.ts", code: RELATIVE },
];

/** Data and mutation files, in a domain, a sub-domain, or a mutations/ folder. */
const ALLOWED: { filePath: string; code: string }[] = [
  { filePath: "lib/places/admin/data.ts", code: DB },
  { filePath: "lib/cases/workflow/mutations/core.ts", code: DB },
  { filePath: "lib/places/feeds/data.ts", code: POOL },
  { filePath: "lib/cases/inbox/data.ts", code: CLIENT },
  { filePath: "lib/cases/inbox/mutations.ts", code: DB },
  { filePath: "lib/merchants/data.ts", code: DB },
  { filePath: "lib/places/admin/mutations.ts", code: RELATIVE },
];

const results = new Map<string, Linter.LintMessage[]>();
const key = (c: { filePath: string; code: string }) => `${c.filePath}\n${c.code}`;

beforeAll(async () => {
  const eslint = new ESLint({ cwd: ROOT });
  await Promise.all(
    [...REFUSED, ...ALLOWED].map(async (c) => {
      const [result] = await eslint.lintText(c.code, { filePath: path.join(ROOT, c.filePath) });
      results.set(key(c), result!.messages);
    }),
  );
}, 60_000);

const restricted = (messages: Linter.LintMessage[]) => messages.filter((m) => m.ruleId === "no-restricted-imports");

describe("the data-access lint rule", () => {
  it("lints every snippet with the project config (none ignored, none unparsable)", () => {
    for (const [k, messages] of results) {
      expect(messages.filter((m) => m.fatal || m.ruleId === null), k).toEqual([]);
    }
  });

  it.each(REFUSED.map((c) => ({ ...c, import: c.code.match(/from "([^"]+)"/)![1] })))("refuses $import in $filePath", (c) => {
    const errors = restricted(results.get(key(c))!);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ severity: 2, line: 1 });
  });

  it.each(ALLOWED.map((c) => ({ ...c, import: c.code.match(/from "([^"]+)"/)![1] })))("allows $import in $filePath", (c) => {
    expect(restricted(results.get(key(c))!)).toEqual([]);
  });
});
