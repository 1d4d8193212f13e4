// `npm test`: the whole suite, in the order that fails fastest, on services it
// brings up itself (scripts/test-env/): a PostgreSQL (given, the local server
// or an embedded one), a Redis, Debian's Chromium, free ports. Everything it
// started is stopped at the end, also on Ctrl-C. The last lines say what ran
// where, then `tests: N passed, N failed`.
//
// `npm test -- unit e2e` runs only the steps named; after a single step, the
// remaining arguments go to its runner: `npm test -- e2e e2e/auth.spec.ts`.
import { spawn } from "node:child_process";
import fs from "node:fs";
import { countLine, countTests } from "./count-tests.mjs";
import { cleanupOnSignals, onCleanup, runCleanups, signalExitCode, stopping } from "./test-env/cleanup.mjs";
import { dropDatabase } from "./test-env/throwaway-database.mjs";
import { freePort } from "./test-env/free-port.mjs";
import { e2eDatabaseUrl, providePostgres, securityDatabaseUrl } from "./test-env/postgres.mjs";
import { needsOwnRedis, provideRedis } from "./test-env/redis.mjs";
import { chromiumVersion, ensureSystemPackages } from "./test-env/system-packages.mjs";

// `uses`: what a step needs from the environment, so that running one part prepares only that.
// `together`: consecutive steps of one group run at the same time (each is single-threaded;
// their output is shown one after the other when they end).
const steps = [
  { key: "types", name: "types", script: "typecheck", together: "checks" },
  { key: "lint", name: "lint", script: "lint", together: "checks" },
  { key: "messages", name: "messages", script: "check:i18n", together: "checks" },
  { key: "unit", name: "unit and database tests", script: "test:unit", uses: ["postgres", "pgDump"] },
  { key: "build", name: "production build", command: ["node", "scripts/build-if-needed.mjs"] },
  { key: "outage", name: "database outage", script: "test:outage" },
  { key: "cluster", name: "two instances on one database", script: "test:cluster", uses: ["postgres", "redis", "chromium"], ports: { CLUSTER_PORT_A: 3241, CLUSTER_PORT_B: 3242, CLUSTER_S3_PORT: 3245, CLUSTER_BALANCER_PORT: 3340 } },
  { key: "e2e", name: "end-to-end tests", script: "test:e2e", uses: ["postgres", "chromium"], ports: { E2E_PORT: 3100, E2E_SECURITY_PORT: 3200, E2E_PGLITE_PORT: 3250 } },
];

function selectSteps(args) {
  const keys = [];
  while (args.length && steps.some((s) => s.key === args[0])) keys.push(args.shift());
  if (args.length && keys.length !== 1) {
    console.error(`npm test [-- step... | -- step [arguments for it]]; steps: ${steps.map((s) => s.key).join(", ")}`);
    process.exit(2);
  }
  const chosen = keys.length ? steps.filter((s) => keys.includes(s.key)) : steps;
  return chosen.map((step) => ({ ...step, extra: keys.length === 1 ? args : [] }));
}

const running = new Set();
/** Runs one step; with `capture`, its output is kept and returned instead of shown as it comes. */
function runStep(step, env, capture = false) {
  const [command, ...args] = step.command ?? ["npm", "run", step.script, ...(step.extra.length ? ["--"] : [])];
  // A process group of its own, so that Ctrl-C or SIGTERM reaches all of it through stopRunning().
  const child = spawn(command, [...args, ...step.extra], { stdio: capture ? ["ignore", "pipe", "pipe"] : "inherit", env, detached: true });
  running.add(child);
  let output = "";
  if (capture) for (const stream of [child.stdout, child.stderr]) stream.on("data", (chunk) => (output += chunk));
  return new Promise((resolve) => {
    child.on("exit", (code, signal) => {
      running.delete(child);
      resolve({ code: code ?? (signal ? 1 : 0), output });
    });
    child.on("error", (error) => {
      running.delete(child);
      resolve({ code: 1, output: `${output}${command}: ${error.message}\n` });
    });
  });
}

function stopRunning(signal) {
  return Promise.all(
    [...running].map(async (child) => {
      const group = (sig) => {
        try {
          process.kill(-child.pid, sig);
        } catch {
          // the group is gone
        }
      };
      const exited = new Promise((resolve) => child.once("exit", resolve));
      group(signal);
      // Runners shut their own servers down on SIGINT/SIGTERM; a group that lingers is killed.
      const lingering = setTimeout(() => group("SIGKILL"), 15_000);
      await exited;
      clearTimeout(lingering);
    }),
  );
}

/** The chosen steps in batches: a run of steps of one `together` group, or a single step. */
function batches(chosen) {
  const list = [];
  for (const step of chosen) {
    const last = list.at(-1);
    if (step.together && last?.[0].together === step.together) last.push(step);
    else list.push([step]);
  }
  return list;
}

const seconds = (ms) => (ms >= 60_000 ? `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s` : `${(ms / 1000).toFixed(1)} s`);

async function prepare(chosen) {
  const uses = new Set(chosen.flatMap((s) => s.uses ?? []));
  const env = { ...process.env };
  const where = [];
  const system = ensureSystemPackages({ chromium: uses.has("chromium"), redisServer: uses.has("redis") && (await needsOwnRedis(env)), pgDump: uses.has("pgDump") });
  if (uses.has("postgres")) {
    const server = await providePostgres(env);
    env.TEST_DATABASE_URL = server.url;
    env.E2E_DATABASE_URL ??= e2eDatabaseUrl(server.url);
    env.E2E_SECURITY_DATABASE_URL ??= securityDatabaseUrl(server.url);
    // The end-to-end servers drop their database when they stop; one killed before it could leaves it behind.
    // Those this run named are dropped at its end (before a PostgreSQL of its own stops: cleanups run newest first).
    const named = [env.E2E_DATABASE_URL, env.E2E_SECURITY_DATABASE_URL].filter((url) => url !== process.env.E2E_DATABASE_URL && url !== process.env.E2E_SECURITY_DATABASE_URL);
    onCleanup(() => Promise.all(named.map((url) => dropDatabase(url))));
    env.CLUSTER_PG_URL ??= server.url;
    const usedBy = [["unit", "database tests"], ["e2e", "end-to-end server and its security project"], ["cluster", "cluster test"]].filter(([key]) => chosen.some((s) => s.key === key));
    where.push(["PostgreSQL", `${server.version}, ${server.origin} (${server.detail}), for the ${usedBy.map(([, what]) => what).join(", ")}`]);
  }
  if (uses.has("redis")) {
    const redis = await provideRedis(env);
    env.CLUSTER_REDIS_URL = redis.url;
    where.push(["Redis", `${redis.origin} (${redis.detail}), for the cluster test`]);
  }
  if (uses.has("chromium")) {
    env.CHROMIUM_PATH = system.chromiumPath;
    where.push(["Chromium", `${system.chromiumPath} (${chromiumVersion(system.chromiumPath) ?? "version unknown"})`]);
  }
  delete env.E2E_REUSE_SERVER;
  return { env, where };
}

/**
 * The step's environment with free ports for the servers it starts, chosen as it starts (not when the run
 * began: another run may have taken a port in the meantime): the usual ones when free, so that a development
 * server is never reused. Ports set in the environment are kept.
 */
async function stepEnv(step, env) {
  const ports = {};
  for (const [name, wanted] of Object.entries(step.ports ?? {})) ports[name] = process.env[name] || String(await freePort(wanted));
  return { ...env, ...ports };
}

function whereLines(where, ran) {
  const lines = [];
  if (ran.has("unit") || ran.has("e2e")) lines.push(["PGlite", [ran.has("unit") && "database tests (in process)", ran.has("e2e") && "end-to-end smoke server (e2e/pglite, .data/e2e-pglite)"].filter(Boolean).join(", ")]);
  lines.push(...where);
  const outage = (() => {
    try {
      return JSON.parse(fs.readFileSync("reports/outage.json", "utf8")).figures?.postgresBinaries;
    } catch {
      return undefined;
    }
  })();
  if (outage) lines.push(["outage cluster", `initdb and pg_ctl from ${outage}`]);
  return lines;
}

async function main() {
  const chosen = selectSteps(process.argv.slice(2));
  cleanupOnSignals(stopRunning, { exit: false });
  fs.rmSync("reports", { recursive: true, force: true });
  const started = Date.now();
  const results = [];
  let status = 0;
  let where = [];
  try {
    const prepared = await prepare(chosen);
    where = prepared.where;
    for (const [what, detail] of where) console.log(`${what}: ${detail}`);
    for (const batch of batches(chosen)) {
      if (stopping.signal) break;
      const together = batch.length > 1;
      console.log(`\n▶ ${batch.map((step) => step.name).join(", ")}${together ? " (at the same time)" : ""}`);
      const outcomes = await Promise.all(
        batch.map(async (step) => {
          const stepStarted = Date.now();
          const { code, output } = await runStep(step, await stepEnv(step, prepared.env), together);
          return { step, code, output, ms: Date.now() - stepStarted };
        }),
      );
      for (const { step, code, output, ms } of outcomes) {
        if (together) process.stdout.write(`\n── ${step.name}\n${output}`);
        results.push({ step, ok: code === 0, ms });
        console.log(code === 0 ? `✓ ${step.name} (${seconds(ms)})` : `\n✗ ${step.name} failed after ${seconds(ms)}`);
        if (code !== 0 && !status) status = code;
      }
      if (status) break;
    }
  } catch (error) {
    status = 1;
    console.error(`\n${error.expected ? error.message : error.stack}`);
  } finally {
    await runCleanups();
  }
  if (stopping.signal) status = signalExitCode(stopping.signal);

  const ran = new Set(results.map((r) => r.step.key));
  console.log("\n── what ran where");
  for (const [what, detail] of whereLines(where, ran)) console.log(`${what}: ${detail}`);
  console.log(`steps: ${results.map((r) => `${r.ok ? "✓" : "✗"} ${r.step.key} ${seconds(r.ms)}`).join(" · ") || "none"} · total ${seconds(Date.now() - started)}`);
  const notRun = chosen.filter((s) => !ran.has(s.key)).map((s) => s.key);
  if (notRun.length) console.log(`not run (${stopping.signal ? `stopped by ${stopping.signal}` : "after the failure above"}): ${notRun.join(", ")}`);
  if (chosen.length < steps.length) console.log(`not asked for: ${steps.filter((s) => !chosen.some((c) => c.key === s.key)).map((s) => s.key).join(", ")}`);
  console.log(countLine(countTests(status)));
  process.exit(status);
}

main();
