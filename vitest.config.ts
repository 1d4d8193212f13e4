import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // The data access layer guards itself against client bundles; tests are the server.
      "server-only": path.resolve(import.meta.dirname, "tests/support/server-only.ts"),
    },
  },
  test: {
    include: ["tests/**/*.test.ts"],
    environment: "node",
    // The second factor's keys derive from it (server/second-factor/keys.ts); a real server refuses to start without one.
    env: { AUTH_SECRET: "vitest-secret-that-is-long-enough-0123456789" },
    // A PostgreSQL for the database tests when none is given (TEST_DATABASE_URL).
    globalSetup: ["scripts/test-env/vitest-databases.mjs"],
    // next-intl's navigation imports "next/navigation" without an extension, which only a bundler resolves.
    server: { deps: { inline: ["next-intl"] } },
    // One file per core (Vitest's default keeps one core free): much of a database test's time is spent
    // waiting on PostgreSQL or a mail server in another process, so the cores would otherwise idle.
    maxWorkers: os.availableParallelism(),
    testTimeout: 30_000,
    // A block's beforeAll opens and migrates PGlite: seconds alone, over a minute on a 2-core machine at load 20+.
    hookTimeout: 180_000,
    reporters: ["default", "json"],
    outputFile: { json: "reports/vitest.json" },
  },
});
