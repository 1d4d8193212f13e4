// The servers the end-to-end tests run against: the production build, with
// mail going over SMTP to a mailbox of the tests' own (e2e/support/mailbox.ts).
//
//   node scripts/e2e-server.mjs           the main server, on a fresh PostgreSQL
//                                         database (E2E_DATABASE_URL), built first
//                                         when the sources changed
//   node scripts/e2e-server.mjs --pglite  the embedded-database server the PGlite
//                                         smoke tests use (e2e/pglite), on a fresh
//                                         data folder, once the main server is up
//
// Neither touches .data/pglite, the development database.
import { spawn } from "node:child_process";
import fs from "node:fs";
import { startMailCatcher } from "./e2e-mail-catcher.mjs";
import { buildIfNeeded } from "./build-if-needed.mjs";
import { portalServerCommand } from "./portal-server.mjs";
import { createFreshDatabase, dropDatabase } from "./test-env/throwaway-database.mjs";
import { waitForHealth } from "./test-env/wait-for-health.mjs";

const pglite = process.argv.includes("--pglite");
const name = pglite ? "e2e-pglite" : "e2e";
const port = pglite ? process.env.E2E_PGLITE_PORT : (process.env.E2E_PORT ?? "3100");
const uploads = `.data/${name}-uploads`;
fs.rmSync(uploads, { recursive: true, force: true });

let database;
if (pglite) {
  await waitForHealth(`http://127.0.0.1:${process.env.E2E_PORT ?? "3100"}`);
  const dir = `.data/${name}`;
  fs.rmSync(dir, { recursive: true, force: true });
  database = { DATABASE_URL: "", PGLITE_DIR: dir };
} else {
  // A .next older than the sources is built again: the tests see the code on disk.
  buildIfNeeded();
  const url = process.env.E2E_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/portal_e2e";
  await createFreshDatabase(url);
  database = { DATABASE_URL: url, DATABASE_POOL_MAX: "10" };
}

const smtpPort = await startMailCatcher(pglite ? `.data/${name}-mail` : ".data/e2e-mail");

const server = spawn(...portalServerCommand("127.0.0.1", port), {
  stdio: "inherit",
  env: {
    ...process.env,
    ...database,
    UPLOADS_DIR: uploads,
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-secret-that-is-long-enough-0123456789",
    SITE_URL: `http://127.0.0.1:${port}`,
  },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", async (code) => {
  if (database.DATABASE_URL) await dropDatabase(database.DATABASE_URL);
  process.exit(code ?? 0);
});
