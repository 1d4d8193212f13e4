// `npm run bench`: builds for production, serves the portal on a PostgreSQL
// database of its own filled with the large data set, loads each page with
// autocannon (50 connections, 10 s, after 2 s of the same load not counted) and prints one table; the same goes to
// bench/results.json. A measuring script, not a test: it fails on nothing.
//
//   npm run bench                     # everything
//   npm run bench -- --no-build       # reuse .next (after a build of the same sources)
//   npm run bench -- --only=home,news # some targets (the ceiling is always measured;
//                                     # add "lighthouse" to the list for the Lighthouse scores)
//
// At the end, each row of issue #16's target table with its target and
// whether it holds (scripts/bench/targets.mjs).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import postgres from "postgres";
import { benchAccounts, benchPassword, fillBenchData } from "./fill-data.mjs";
import { firstLoadJs } from "./first-load-js.mjs";
import { startMemorySampler } from "./memory.mjs";
import { startBenchServer } from "./start-server.mjs";
import { lighthouseScores } from "./lighthouse.mjs";
import { printTable } from "./table.mjs";

const databaseUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/portal_bench";
const port = Number(process.env.BENCH_PORT ?? 3215);
const duration = Number(process.env.BENCH_DURATION ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
// Seconds of the same load before each measured run, not counted: a server in service has compiled its hot
// code long ago, and the first second or two of a cold run (V8 compiling the render's functions) would halve
// a per-request page's figure (docs/performance.md).
const warmUp = Number(process.env.BENCH_WARMUP ?? 2);
const args = process.argv.slice(2);
const build = !args.includes("--no-build");
const only = args.find((a) => a.startsWith("--only="))?.slice("--only=".length).split(",");
const base = `http://127.0.0.1:${port}`;
const ceilingFile = path.join("public", "bench-ceiling.html");
// Home, news list, article, event, ideas gallery: the pages the Lighthouse target names.
const lighthousePaths = ["/fr", "/fr/actualites", "/fr/actualites/article-5000", "/fr/agenda/evenement-700", "/fr/centenaire"];

// What is loaded; `as` names the account a signed-in page is loaded with. The
// kind places a row in the target table (scripts/bench/targets.mjs):
// "public" (anonymous, from the cache), "reader" (a public page for a
// signed-in member), "reader-handler" (the per-reader route handler),
// "per-request" (measured, with no target of its own unless named there).
const targets = [
  { name: "ceiling", path: "/bench-ceiling.html", kind: "ceiling" },
  { name: "home", path: "/fr", kind: "public" },
  { name: "news", path: "/fr/actualites", kind: "public" },
  { name: "article", path: "/fr/actualites/article-5000", kind: "public" },
  { name: "agenda", path: "/az/tedbirler", kind: "public" },
  { name: "event", path: "/fr/agenda/evenement-700", kind: "public" },
  { name: "ideas", path: "/fr/centenaire", kind: "public", note: "sorted by supports (the default)" },
  { name: "search", path: "/fr/actualites?q=musiq", kind: "public", note: "a repeated query, from the cache" },
  { name: "new-search", path: "/fr/actualites?q=musiq", kind: "per-request", note: "a query never asked before: each request adds a number", unique: true },
  { name: "rss", path: "/fr/rss.xml", kind: "public" },
  { name: "ical", path: "/fr/agenda.ics", kind: "public" },
  // A signed-in member (session cookie sent) gets the same cached pages; their own state is /api/reader's.
  { name: "member-event", path: "/fr/agenda/evenement-700", kind: "reader", as: "member" },
  { name: "member-ideas", path: "/fr/centenaire", kind: "reader", as: "member" },
  { name: "member-idea", path: "/fr/centenaire/5", kind: "reader", as: "member" },
  { name: "reader", path: "/api/reader?ideas=5&report=5", kind: "reader-handler", as: "member", note: "the per-reader state of an idea page" },
  { name: "sign-in", path: "/fr/connexion", kind: "per-request", note: "the simplest page rendered per request (a form, no query): the floor of the two below" },
  { name: "account", path: "/fr/compte", kind: "per-request", as: "member" },
  { name: "moderation", path: "/fr/admin/idees", kind: "per-request", as: "admin" },
];

function run(command, commandArgs, env = {}) {
  const result = spawnSync(command, commandArgs, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(" ")} failed (${result.status})`);
}

async function ensureDatabase() {
  const url = new URL(databaseUrl);
  const name = url.pathname.slice(1);
  url.pathname = "/postgres";
  const sql = postgres(url.toString(), { max: 1, onnotice: () => {} });
  try {
    const [found] = await sql`select 1 from pg_database where datname = ${name}`;
    if (!found) await sql.unsafe(`create database "${name.replace(/"/g, '""')}"`);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** Ends the bench accounts' sessions of earlier runs: the run measures a member signed in on one browser. */
async function forgetBenchSessions() {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    await sql`delete from user_sessions where user_id in (select id from users where email in ${sql(Object.values(benchAccounts))})`;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** Signs in through Auth.js's credentials endpoint; returns the Cookie header of the session. */
async function signIn(email) {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = await csrf.json();
  const csrfCookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password: benchPassword }),
  });
  const session = response.headers.getSetCookie().map((c) => c.split(";")[0]).find((c) => c.includes("session-token="));
  if (!session) throw new Error(`could not sign in as ${email} (${response.status})`);
  return session;
}

/** `unique`: each request's query gets a number of its own, so that none is served from the cache. */
function load(url, headers, unique = false, seconds = duration) {
  let sent = 0;
  const requests = unique ? [{ setupRequest: (request) => ({ ...request, path: `${request.path}+${Date.now()}${sent++}` }) }] : undefined;
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration: seconds, headers, requests }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

async function main() {
  const started = new Date();
  const loadBefore = os.loadavg();
  await ensureDatabase();
  run("npx", ["tsx", "db/cli/migrate.ts"], { DATABASE_URL: databaseUrl });
  await fillBenchData(databaseUrl);

  // In public/ before the build and the start, so that the server serves it; made the size of the article page below.
  fs.mkdirSync(path.dirname(ceilingFile), { recursive: true });
  fs.writeFileSync(ceilingFile, "<!doctype html><title>ceiling</title>");
  // Dated in the past, so that `npm start` does not take it for a changed source and build again.
  fs.utimesSync(ceilingFile, new Date(0), new Date(0));
  let server;
  let stopServer;
  const cleanUp = () => {
    fs.rmSync(ceilingFile, { force: true });
    stopServer?.();
  };
  process.on("exit", cleanUp);
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(130));

  if (build) run("npm", ["run", "build"]);
  ({ child: server, stop: stopServer } = await startBenchServer({
    port,
    databaseUrl,
    // The bench admin is made in SQL without an authenticator: what is measured is the admin pages, not the second factor.
    env: { DEMO_SEED: "off", STAFF_MFA: "optional" },
  }));
  const memory = startMemorySampler(server.pid);

  const article = await (await fetch(`${base}/fr/actualites/article-5000`)).text();
  const filler = "<p>" + "x".repeat(Math.max(0, Buffer.byteLength(article) - 60)) + "</p>";
  fs.writeFileSync(ceilingFile, `<!doctype html><title>ceiling</title>${filler}`.slice(0, Buffer.byteLength(article)).padEnd(Buffer.byteLength(article), " "));

  // Each run signs in again, and a session lasts 30 days: without this the bench member's account page would
  // list one more browser at every run (31 after a day of runs, 400 of its 900 elements), and measure that.
  await forgetBenchSessions();
  const cookies = { member: await signIn(benchAccounts.member), admin: await signIn(benchAccounts.admin) };
  const chosen = targets.filter((t) => t.kind === "ceiling" || !only || only.includes(t.name));
  const results = [];
  for (const target of chosen) {
    const headers = target.as ? { cookie: cookies[target.as] } : {};
    // Fills the cache (and the connection pool) first: the run measures the steady state.
    for (let i = 0; i < 3; i++) await (await fetch(base + target.path, { headers })).arrayBuffer();
    if (warmUp > 0) await load(base + target.path, headers, target.unique, warmUp);
    const probe = await fetch(base + target.path + (target.unique ? `+${Date.now()}` : ""), { headers });
    await probe.arrayBuffer();
    memory.mark();
    const result = await load(base + target.path, headers, target.unique);
    results.push({
      name: target.name,
      path: target.path,
      kind: target.kind,
      ...(target.as ? { signedInAs: target.as } : {}),
      status: probe.status,
      cache: probe.headers.get("x-nextjs-cache") ?? (target.kind === "ceiling" ? "static file" : "none"),
      bytes: Number(result.throughput.total / Math.max(1, result.requests.total)) | 0,
      requestsPerSecond: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.errors + result.timeouts + result.non2xx,
      peakMemoryMB: memory.peakSinceMark(),
    });
    console.log(`[bench] ${target.name}: ${Math.round(result.requests.average)} req/s, p99 ${result.latency.p99} ms`);
  }
  const ceiling = results.find((r) => r.kind === "ceiling").requestsPerSecond;
  for (const r of results) r.ratio = r.requestsPerSecond / ceiling;

  const js = await firstLoadJs(base, targets.filter((t) => t.kind === "public" && t.path.startsWith("/fr") && !t.path.endsWith(".xml") && !t.path.endsWith(".ics")).map((t) => t.path).concat("/fr/centenaire/5"));
  // After the load runs, on a quiet server: Lighthouse measures one reader's first paint, not throughput.
  const lighthouse = !only || only.includes("lighthouse") ? await lighthouseScores(base, lighthousePaths) : [];
  const report = {
    date: started.toISOString(),
    machine: { cpus: os.cpus().length, memoryGB: Math.round(os.totalmem() / 2 ** 30), loadAverageBefore: loadBefore, loadAverageAfter: os.loadavg() },
    settings: { connections, duration, warmUp, databaseUrl: databaseUrl.replace(/\/\/[^@]*@/, "//…@") },
    peakMemoryMB: memory.peak(),
    results,
    firstLoadJs: js,
    lighthouse,
  };
  memory.stop();
  printTable(report);
  fs.mkdirSync("bench", { recursive: true });
  fs.writeFileSync(path.join("bench", "results.json"), JSON.stringify(report, null, 2) + "\n");
  console.log("\nWritten to bench/results.json");
}

main()
  .then(() => process.exit(0))
  .catch((error) => {
    console.error("[bench]", error);
    process.exit(1);
  });
