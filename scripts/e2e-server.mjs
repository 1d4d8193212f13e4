// The server the end-to-end tests run against: the production build on a
// fresh embedded database of its own, so that tests never touch .data/pglite.
import { spawn } from "node:child_process";
import fs from "node:fs";
import { startMailCatcher } from "./e2e-mail-catcher.mjs";
import { buildIfNeeded } from "./build-if-needed.mjs";
import { portalServerCommand } from "./portal-server.mjs";

const dir = ".data/e2e";
const uploads = ".data/e2e-uploads";
fs.rmSync(dir, { recursive: true, force: true });
fs.rmSync(uploads, { recursive: true, force: true });

// A .next older than the sources is built again: the tests see the code on disk.
buildIfNeeded();

// Mail goes over SMTP to a mailbox of the tests' own (e2e/support/mailbox.ts reads it).
const smtpPort = await startMailCatcher(".data/e2e-mail");

const server = spawn(...portalServerCommand("127.0.0.1", process.env.E2E_PORT ?? "3100"), {
  stdio: "inherit",
  env: {
    ...process.env,
    DATABASE_URL: "",
    PGLITE_DIR: dir,
    UPLOADS_DIR: uploads,
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-secret-that-is-long-enough-0123456789",
    SITE_URL: `http://127.0.0.1:${process.env.E2E_PORT ?? "3100"}`,
  },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
