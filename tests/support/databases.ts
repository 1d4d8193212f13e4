import { randomBytes } from "node:crypto";
import fs from "node:fs";
import postgres from "postgres";
import { describe, beforeAll, afterAll } from "vitest";
import { connectPglite, connectPostgres, setDatabase, type Database } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";

type Target = { name: string; open: () => Promise<Database>; dispose: (db: Database) => Promise<void> };

/** Starts from the migrated folder of Vitest's global setup (scripts/test-env/pglite-template.mjs): no initdb per block. */
function pgliteTarget(): Target {
  const template = process.env.PGLITE_TEMPLATE;
  return {
    name: "PGlite",
    open: async () => connectPglite(undefined, template ? new Blob([fs.readFileSync(template)]) : undefined),
    dispose: (db) => db.close(),
  };
}

function databaseUrl(url: string, name: string): string {
  const target = new URL(url);
  target.pathname = `/${name}`;
  return target.toString();
}

/**
 * The run's migrated PostgreSQL database (TEST_PG_TEMPLATE, named by Vitest's global setup, which drops it at
 * the end), made by the first block that needs it. Copying it (CREATE DATABASE … TEMPLATE) takes about 0.1 s;
 * migrating a new database, 0.5 to 1 s, in each of some fifty blocks.
 */
async function ensureTemplate(sql: postgres.Sql, url: string, template: string): Promise<void> {
  await sql`select pg_advisory_lock(hashtext(${template}))`;
  try {
    const [found] = await sql`select 1 from pg_database where datname = ${template}`;
    if (found) return;
    await sql.unsafe(`create database ${template}`);
    const db = await connectPostgres(databaseUrl(url, template), { max: 2 });
    try {
      await migrateDatabase(db);
    } finally {
      await db.close();
    }
  } finally {
    await sql`select pg_advisory_unlock(hashtext(${template}))`;
  }
}

function postgresTarget(url: string): Target {
  const name = `portal_test_${randomBytes(6).toString("hex")}`;
  const template = process.env.TEST_PG_TEMPLATE;
  const admin = () => postgres(url, { max: 1, onnotice: () => {} });
  return {
    name: "PostgreSQL",
    async open() {
      const sql = admin();
      try {
        if (template) await ensureTemplate(sql, url, template);
        await sql.unsafe(template ? `create database ${name} template ${template}` : `create database ${name}`);
      } finally {
        await sql.end();
      }
      return connectPostgres(databaseUrl(url, name), { max: 10 });
    },
    async dispose(db) {
      await db.close();
      const sql = admin();
      await sql.unsafe(`drop database if exists ${name} with (force)`);
      await sql.end();
    },
  };
}

/**
 * PGlite and real PostgreSQL, each with a fresh, migrated database. The server is
 * TEST_DATABASE_URL, set by `npm test` or by Vitest's global setup
 * (scripts/test-env/vitest-databases.mjs): never a silent PGlite-only run.
 */
export function databaseTargets(): Target[] {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error("TEST_DATABASE_URL is not set: run the tests through `npm test` or Vitest (vitest.config.ts provides a PostgreSQL)");
  return [pgliteTarget(), postgresTarget(url)];
}

/**
 * Runs the same tests on every target. The data access layer is pointed at
 * the target's database for the duration of its block.
 */
export function describeOnDatabases(title: string, body: (database: () => Database) => void): void {
  for (const target of databaseTargets()) {
    describe(`${title} (${target.name})`, () => {
      let database: Database | undefined;
      beforeAll(async () => {
        database = await target.open();
        await migrateDatabase(database);
        setDatabase(database);
      });
      afterAll(async () => {
        setDatabase(undefined);
        if (database) await target.dispose(database);
      });
      body(() => {
        if (!database) throw new Error("database not open yet");
        setDatabase(database);
        return database;
      });
    });
  }
}
