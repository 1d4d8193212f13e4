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

function postgresTarget(url: string): Target {
  const name = `portal_test_${randomBytes(6).toString("hex")}`;
  const admin = () => postgres(url, { max: 1, onnotice: () => {} });
  return {
    name: "PostgreSQL",
    async open() {
      const sql = admin();
      await sql.unsafe(`create database ${name}`);
      await sql.end();
      const target = new URL(url);
      target.pathname = `/${name}`;
      return connectPostgres(target.toString(), { max: 10 });
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
