// Vitest's global setup: the database tests always run on PGlite and on a real
// PostgreSQL. `npm test` passes its server in TEST_DATABASE_URL; run alone
// (`npm run test:unit`, `npx vitest run tests/db/x.test.ts`), Vitest finds
// one the same way the suite does (scripts/test-env/postgres.mjs) and stops
// or drops it when the run ends. PGlite blocks start from one migrated data
// folder made here (PGLITE_TEMPLATE, see pglite-template.mjs); PostgreSQL blocks
// copy one migrated database (TEST_PG_TEMPLATE, tests/support/databases.ts).
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { cleanupOnSignals, onCleanup, runCleanups } from "./cleanup.mjs";
import { makePgliteTemplate } from "./pglite-template.mjs";
import { providePostgres } from "./postgres.mjs";

export default async function setup() {
  cleanupOnSignals();
  // Set before Vitest starts its workers, which inherit it.
  const template = await makePgliteTemplate();
  onCleanup(async () => template.remove(), template.remove);
  process.env.PGLITE_TEMPLATE = template.file;
  const given = Boolean(process.env.TEST_DATABASE_URL);
  if (!given) {
    const server = await providePostgres();
    console.log(`PostgreSQL for the database tests: ${server.origin} ${server.version} (${server.detail})`);
    process.env.TEST_DATABASE_URL = server.url;
  }
  // The migrated PostgreSQL database the blocks copy (tests/support/databases.ts makes it on first use).
  const pgTemplate = `portal_template_${randomBytes(6).toString("hex")}`;
  process.env.TEST_PG_TEMPLATE = pgTemplate;
  const serverUrl = process.env.TEST_DATABASE_URL;
  onCleanup(async () => {
    const sql = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await sql.unsafe(`drop database if exists ${pgTemplate} with (force)`).finally(() => sql.end());
  });
  return async () => {
    delete process.env.PGLITE_TEMPLATE;
    delete process.env.TEST_PG_TEMPLATE;
    if (!given) delete process.env.TEST_DATABASE_URL;
    await runCleanups();
  };
}
