// A database made afresh for one end-to-end server and dropped when it stops:
// the e2e servers (scripts/e2e-server.mjs, scripts/e2e-security-server.mjs)
// each get their own on the suite's PostgreSQL.
import postgres from "postgres";

function maintenance(url) {
  const name = url.pathname.slice(1);
  if (!/^\w+$/.test(name)) throw new Error(`unexpected database name "${name}" in ${url.origin}`);
  const sql = postgres({ host: url.hostname, port: Number(url.port || 5432), user: decodeURIComponent(url.username || "postgres"), password: decodeURIComponent(url.password), database: "postgres", onnotice: () => {} });
  return { name, sql };
}

/** Drops `href`'s database if it is there, and creates it empty. */
export async function createFreshDatabase(href) {
  const { name, sql } = maintenance(new URL(href));
  try {
    await sql.unsafe(`drop database if exists ${name} with (force)`);
    await sql.unsafe(`create database ${name}`);
  } finally {
    await sql.end();
  }
}

/** Drops `href`'s database; a server already gone is not an error. */
export async function dropDatabase(href) {
  const { name, sql } = maintenance(new URL(href));
  await sql.unsafe(`drop database if exists ${name} with (force)`).catch(() => {});
  await sql.end().catch(() => {});
}
