import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", "lib/generated/**", ".data/**", "next-env.d.ts", "test-results/**", "playwright-report/**", "public/sw.js"]),
  {
    rules: { "@typescript-eslint/no-unused-vars": ["warn", { ignoreRestSiblings: true }] },
  },
  {
    // Data access happens only in a domain's data.ts and mutations.ts (and infrastructure).
    files: ["**/*.ts", "**/*.tsx"],
    ignores: ["lib/**/data.ts", "lib/**/mutations.ts", "lib/**/mutations/**", "lib/**/data/**", "lib/db.ts", "lib/pg-pool.ts", "lib/prisma-client.ts", "lib/jobs/**", "prisma/**", "scripts/**", "tests/**", "bench/**", "app/api/health/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "@/lib/db", message: "Read in data.ts, write in mutations.ts." },
            { name: "@/lib/pg-pool", message: "Read in data.ts, write in mutations.ts." },
            { name: "@/lib/prisma-client", message: "Use the one client, @/lib/db, from data.ts or mutations.ts." },
          ],
          patterns: [
            { group: ["@/lib/generated/prisma/client"], message: "Use @/lib/db from data.ts or mutations.ts." },
            // A relative path would slip past the names above ("../../db" from a sub-domain).
            { regex: "^\\.{1,2}/(.*/)?(db|pg-pool|prisma-client|generated/prisma/client)$", message: "Import @/lib/db, from data.ts or mutations.ts." },
          ],
        },
      ],
    },
  },
]);
