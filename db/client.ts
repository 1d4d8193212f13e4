import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { env } from "@/lib/env";
import { lockPgliteDir } from "./pglite-lock";
import * as schema from "./schema";

// Both drivers expose the same query builder; the postgres.js type is the production one.
export type Db = PostgresJsDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export type Database = {
  db: Db;
  kind: "postgres" | "pglite";
  /** The server's URL, for work that needs a connection of its own (migrations). */
  url?: string;
  close: () => Promise<void>;
};

export function connectPostgres(url: string, options: { max?: number } = {}): Database {
  const client = postgres(url, {
    max: options.max ?? env().DATABASE_POOL_MAX,
    connect_timeout: 5,
    idle_timeout: 30,
    onnotice: () => {},
    connection: { statement_timeout: 10_000, application_name: "portal" },
  });
  return { db: drizzlePostgres(client, { schema }), kind: "postgres", url, close: () => client.end({ timeout: 5 }) };
}

/** `dir` undefined gives an in-memory database (tests). */
export function connectPglite(dir?: string): Database {
  if (dir) lockPgliteDir(dir);
  const client = new PGlite(dir ? path.resolve(dir) : undefined);
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return { db, kind: "pglite", close: () => client.close() };
}

// One database per process, shared by instrumentation and every route bundle.
const globalForDb = globalThis as unknown as { portalDatabase?: Database };

export function getDatabase(): Database {
  if (!globalForDb.portalDatabase) {
    const { DATABASE_URL, PGLITE_DIR } = env();
    if (!DATABASE_URL && process.env.NEXT_PHASE === "phase-production-build") {
      throw new Error("The embedded database is never opened during `next build`; this page must render at request time.");
    }
    globalForDb.portalDatabase = DATABASE_URL ? connectPostgres(DATABASE_URL) : connectPglite(PGLITE_DIR);
  }
  return globalForDb.portalDatabase;
}

export function getDb(): Db {
  return getDatabase().db;
}

/** Tests point the data access layer at a database of their own. */
export function setDatabase(database: Database | undefined): void {
  globalForDb.portalDatabase = database;
}
