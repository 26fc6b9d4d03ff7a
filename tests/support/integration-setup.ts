// Integration tests run inside `npm test` (scripts/test.ts), which creates a fresh database.
if (!process.env.DATABASE_URL || !process.env.TEST_ADMIN_URL) {
  throw new Error("Integration tests need a database: run them through `npm test` (scripts/test.ts).");
}
