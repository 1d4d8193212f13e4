// Vitest's global setup: the database tests always run on PGlite and on a real
// PostgreSQL. `npm test` passes its server in TEST_DATABASE_URL; run alone
// (`npm run test:unit`, `npx vitest run tests/db/x.test.ts`), Vitest finds
// one the same way the suite does (scripts/test-env/postgres.mjs) and stops
// or drops it when the run ends.
import { cleanupOnSignals, runCleanups } from "./cleanup.mjs";
import { providePostgres } from "./postgres.mjs";

export default async function setup() {
  if (process.env.TEST_DATABASE_URL) return;
  cleanupOnSignals();
  const server = await providePostgres();
  console.log(`PostgreSQL for the database tests: ${server.origin} ${server.version} (${server.detail})`);
  // Set before Vitest starts its workers, which inherit it.
  process.env.TEST_DATABASE_URL = server.url;
  return async () => {
    delete process.env.TEST_DATABASE_URL;
    await runCleanups();
  };
}
