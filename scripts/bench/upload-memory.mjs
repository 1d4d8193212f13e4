// Memory of the server under a burst of cover uploads: 16 parallel uploads of
// a 6300×6300 PNG (a small file: 40 megapixels once decoded), as an editor,
// against the production build on a PostgreSQL database of its own. Prints
// the server's resident memory before, at its peak and 10 s after.
// A measuring script, not a test: it fails on nothing. Build first.
//
//   npm run build && node scripts/bench/upload-memory.mjs
//   UPLOAD_BENCH_PORT=3217 UPLOAD_BENCH_PARALLEL=16 node scripts/bench/upload-memory.mjs
import fs from "node:fs";
import path from "node:path";
import postgres from "postgres";
import sharp from "sharp";
import { startMemorySampler, treeRssMB } from "./memory.mjs";
import { startBenchServer } from "./start-server.mjs";

const databaseUrl = process.env.UPLOAD_BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/portal_upload_bench";
const port = Number(process.env.UPLOAD_BENCH_PORT ?? 3217);
const parallel = Number(process.env.UPLOAD_BENCH_PARALLEL ?? 16);
const side = Number(process.env.UPLOAD_BENCH_SIDE ?? 6300);
const base = `http://127.0.0.1:${port}`;
const editor = { email: "editor@example.org", password: "editor-demo-2017" };
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function freshDatabase() {
  const url = new URL(databaseUrl);
  const name = url.pathname.slice(1);
  if (!/^\w+$/.test(name)) throw new Error(`unexpected database name "${name}"`);
  url.pathname = "/postgres";
  const admin = postgres(url.href, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  return async () => {
    const again = postgres(url.href, { max: 1, onnotice: () => {} });
    await again.unsafe(`drop database if exists ${name} with (force)`).catch(() => {});
    await again.end();
  };
}

async function signIn() {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = await csrf.json();
  const csrfCookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie, origin: base },
    body: new URLSearchParams({ csrfToken, ...editor }),
  });
  const session = response.headers.getSetCookie().map((c) => c.split(";")[0]).find((c) => c.includes("session-token="));
  if (!session) throw new Error(`could not sign in as ${editor.email} (${response.status})`);
  return session;
}

async function upload(cookie, png) {
  const body = new FormData();
  body.append("file", new Blob([png], { type: "image/png" }), "cover.png");
  const started = Date.now();
  const response = await fetch(`${base}/api/uploads`, { method: "POST", headers: { cookie, origin: base }, body });
  await response.arrayBuffer();
  return { status: response.status, ms: Date.now() - started };
}

async function main() {
  const dropDatabase = await freshDatabase();
  const uploads = fs.mkdtempSync(path.join(process.env.TMPDIR ?? "/tmp", "upload-bench-"));
  const { child: server, stop: stopServer } = await startBenchServer({
    port,
    databaseUrl,
    stdio: ["ignore", "ignore", "inherit"],
    env: { UPLOADS_DIR: uploads, AUTH_SECRET: "upload-bench-secret-that-is-long-enough-0123456789" },
  });
  const stop = async () => {
    stopServer();
    await sleep(1000);
    await dropDatabase();
    fs.rmSync(uploads, { recursive: true, force: true });
  };
  try {
    const cookie = await signIn();
    // One page and one small upload first: the figures compare a warm server with itself.
    await (await fetch(`${base}/fr`)).arrayBuffer();
    await upload(cookie, await sharp({ create: { width: 64, height: 64, channels: 3, background: "#0092bc" } }).png().toBuffer());
    await sleep(3000);
    const png = await sharp({ create: { width: side, height: side, channels: 3, background: "#0092bc" } }).png().toBuffer();
    const before = treeRssMB(server.pid);
    const memory = startMemorySampler(server.pid);
    const started = Date.now();
    const results = await Promise.all(Array.from({ length: parallel }, () => upload(cookie, png)));
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const peak = memory.peak();
    await sleep(10_000);
    const after = treeRssMB(server.pid);
    memory.stop();
    const statuses = Object.entries(results.reduce((count, r) => ({ ...count, [r.status]: (count[r.status] ?? 0) + 1 }), {}));
    console.log(`${parallel} parallel uploads of a ${side}×${side} PNG (${(png.length / 1024).toFixed(0)} kB), done in ${seconds} s`);
    console.log(`statuses: ${statuses.map(([status, n]) => `${n}× ${status}`).join(", ")}; slowest ${Math.max(...results.map((r) => r.ms))} ms`);
    console.log(`server RSS: before ${before} MB, peak ${peak} MB, 10 s after ${after} MB`);
  } finally {
    await stop();
  }
}

await main();
process.exit(0);
