import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { sql } from "drizzle-orm";
import { env } from "@/lib/env";
import { noteDatabaseError, setDatabaseProbe } from "./availability";
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

/**
 * Every query and transaction reports a failure of the connection kind to the
 * availability breaker (db/availability.ts). drizzle runs each statement with
 * `client.unsafe(...)` (awaited, sometimes after `.values()`, which returns the
 * same query) and each transaction with `client.begin(...)`.
 */
function reportingFailures(client: postgres.Sql): postgres.Sql {
  return new Proxy(client, {
    get(target, property, receiver) {
      if (property === "unsafe") {
        return (...args: Parameters<postgres.Sql["unsafe"]>) => {
          const query = target.unsafe(...args);
          // A postgres.js query runs when first awaited; `.catch` here would run it before `.values()`.
          const then = query.then;
          // The query is sent on its first `then` (db/availability.ts: an answer to a query sent before recovery is stale).
          let sentAt: number | undefined;
          Object.defineProperty(query, "then", {
            value(this: typeof query, onFulfilled?: (value: unknown) => unknown, onRejected?: (reason: unknown) => unknown) {
              sentAt ??= performance.now();
              return then.call(this, onFulfilled as never, (error: unknown) => {
                noteDatabaseError(error, sentAt);
                if (onRejected) return onRejected(error);
                throw error;
              });
            },
          });
          return query;
        };
      }
      if (property === "begin") {
        return (...args: unknown[]) => {
          const sentAt = performance.now();
          const transaction = (target.begin as (...a: unknown[]) => Promise<unknown>)(...args);
          transaction.catch((error: unknown) => noteDatabaseError(error, sentAt));
          return transaction;
        };
      }
      return Reflect.get(target, property, receiver);
    },
  });
}

// Bounded so that a database that hangs cannot hold requests: a connection is
// given 5 s to open, a statement 10 s to run, and an idle connection is closed
// after 30 s. The pool holds at most DATABASE_POOL_MAX connections (README).
// After a failed connection postgres.js waits longer and longer (up to 20 s by
// default) before it tries again for the next query in its queue, so queries
// that were waiting when PostgreSQL went away would hang for that long, and
// the pool would come back that late. Here it tries again at once: each
// attempt fails fast (refused) or within the connect timeout, and takes one
// waiting query with it; during an outage the breaker keeps new queries away,
// so the only attempts are its probe's, 4 a second.
export const postgresLimits = { connectTimeoutS: 5, statementTimeoutMs: 10_000, idleTimeoutS: 30 } as const;

export function connectPostgres(url: string, options: { max?: number } = {}): Database {
  const client = postgres(url, {
    max: options.max ?? env().DATABASE_POOL_MAX,
    connect_timeout: postgresLimits.connectTimeoutS,
    idle_timeout: postgresLimits.idleTimeoutS,
    backoff: () => 0,
    onnotice: () => {},
    connection: { statement_timeout: postgresLimits.statementTimeoutMs, application_name: "portal" },
  });
  return { db: drizzlePostgres(reportingFailures(client), { schema }), kind: "postgres", url, close: () => client.end({ timeout: 5 }) };
}

/** `dir` undefined gives an in-memory database (tests). */
/** `template`: a data folder saved by PGlite's `dumpDataDir()` to start from (the tests' migrated database). */
export function connectPglite(dir?: string, template?: Blob): Database {
  if (dir) lockPgliteDir(dir);
  // pg_trgm: searches by any part of a word (members, article titles; migration 0001); a server has it from its contrib package.
  const client = new PGlite({ dataDir: dir ? path.resolve(dir) : undefined, loadDataDir: template, extensions: { pg_trgm } });
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
    const database = DATABASE_URL ? connectPostgres(DATABASE_URL) : connectPglite(PGLITE_DIR);
    if (database.kind === "postgres") setDatabaseProbe(() => database.db.execute(sql`select 1`));
    globalForDb.portalDatabase = database;
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
