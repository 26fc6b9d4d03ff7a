import { defineConfig } from "prisma/config";

// The Prisma CLI insists on a native schema engine it would download; pointing it at any
// existing file lets `prisma generate`/`validate` run offline. Migrations go through the
// WebAssembly engine instead (scripts/lib/migrate.ts).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= "prisma/schema.prisma";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/nuanxin" },
});
