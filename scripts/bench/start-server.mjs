// The portal as the bench scripts measure it: package.json's own start command
// (the server entry with `npm start`'s heap settings), without its build step
// (the build is the caller's), on a PostgreSQL database, in a process group of
// its own so that stopping it stops everything it started.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts the server on `port` and resolves once /api/health answers; `env` adds to or overrides the defaults. */
export async function startBenchServer({ port, databaseUrl, env = {}, stdio = ["ignore", "inherit", "inherit"] }) {
  const base = `http://127.0.0.1:${port}`;
  const startCommand = JSON.parse(fs.readFileSync("package.json", "utf8")).scripts.start.replace(/^node scripts\/before-start\.mjs && /, "");
  const child = spawn("sh", ["-c", startCommand], {
    detached: true,
    stdio,
    env: {
      ...process.env,
      PATH: `${path.resolve("node_modules/.bin")}${path.delimiter}${process.env.PATH}`,
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-secret-that-is-long-enough-0123456789",
      // Production on PostgreSQL requires the server-actions key (scripts/ensure-env.mjs); one instance, so any key does.
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY ?? randomBytes(32).toString("base64"),
      AUTH_TRUST_HOST: "true",
      SITE_URL: base,
      NODE_ENV: "production",
      ...env,
    },
  });
  const stop = () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {}
  };
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error("the server stopped while starting");
    if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) return { child, base, stop };
    await sleep(500);
  }
  stop();
  throw new Error("the server did not answer within 2 minutes");
}
