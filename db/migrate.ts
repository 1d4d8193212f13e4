import path from "node:path";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { PGlite } from "@electric-sql/pglite";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { drizzle } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import type { Database } from "./client";
import { installJobQueues } from "./job-queues";
import { drizzleJobSql, pgliteJobSql } from "./job-sql";

const migrationsFolder = path.join(process.cwd(), "db", "migrations");
// Any constant works; it only has to be the same for every instance of the portal.
const MIGRATION_LOCK = 7_281_918;

/**
 * Applies the migrations, then runs `whileLocked` (the demo seed) before
 * letting another instance in: two instances seeding at once would insert the
 * same rows.
 */
export async function migrateDatabase(database: Database, whileLocked?: () => Promise<void>): Promise<void> {
  if (database.kind === "pglite") {
    await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder });
    await installJobQueues(pgliteJobSql((database.db as unknown as { $client: PGlite }).$client));
    await whileLocked?.();
    return;
  }
  // A connection of its own holds a session lock, so that two instances
  // starting together migrate one after the other.
  const client = postgres(database.url!, { max: 1, onnotice: () => {}, connect_timeout: 5 });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK})`;
    await migratePostgres(drizzle(client), { migrationsFolder });
    await installJobQueues(drizzleJobSql(drizzle(client)));
    await whileLocked?.();
    await client`select pg_advisory_unlock(${MIGRATION_LOCK})`;
  } finally {
    await client.end({ timeout: 5 });
  }
}
