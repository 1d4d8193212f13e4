// The server the security end-to-end tests (e2e/security) run against: the
// production build on a PostgreSQL database of its own, created afresh, so
// that the tests can compare the whole database before and after a request
// while the other specs write to theirs.
import { spawn } from "node:child_process";
import fs from "node:fs";
import { portalServerCommand } from "./portal-server.mjs";
import { createFreshDatabase, dropDatabase } from "./test-env/throwaway-database.mjs";

const url = new URL(process.env.E2E_SECURITY_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/portal_e2e_security");
await createFreshDatabase(url.href);

const uploads = ".data/e2e-security-uploads";
fs.rmSync(uploads, { recursive: true, force: true });

// scripts/e2e-server.mjs builds when needed: wait until its server answers rather than build twice at once.
const mainHealth = `http://127.0.0.1:${process.env.E2E_PORT ?? "3100"}/api/health`;
for (let waited = 0; !(await fetch(mainHealth).then((r) => r.ok, () => false)); waited += 1) {
  if (waited > 600) throw new Error(`the main end-to-end server (${mainHealth}) did not start`);
  await new Promise((resolve) => setTimeout(resolve, 1000));
}

const port = process.env.E2E_SECURITY_PORT ?? "3200";
const server = spawn(...portalServerCommand("127.0.0.1", port), {
  stdio: "inherit",
  env: {
    ...process.env,
    DATABASE_URL: url.href,
    DATABASE_POOL_MAX: "5",
    UPLOADS_DIR: uploads,
    AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-secret-that-is-long-enough-0123456789",
    SITE_URL: `http://127.0.0.1:${port}`,
  },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", async (code) => {
  await dropDatabase(url.href);
  process.exit(code ?? 0);
});
