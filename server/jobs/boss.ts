import "server-only";
import PgBoss from "pg-boss";
import { getDatabase, type Database } from "@/db/client";
import { JOB_SCHEMA } from "@/db/job-queues";
import { pgliteJobSql } from "@/db/job-sql";

/** A pg-boss on the portal's database; `options` are for tests that run several "instances" in one process. */
export function createBoss(database: Database, options: PgBoss.ConstructorOptions = {}): PgBoss {
  const common = { schema: JOB_SCHEMA, application_name: "portal-jobs", migrate: false, ...options };
  const boss =
    database.kind === "pglite"
      ? // The embedded database belongs to this process: pg-boss works it through the same client.
        new PgBoss({ ...common, db: pgliteJobSql((database.db as unknown as { $client: Parameters<typeof pgliteJobSql>[0] }).$client) as PgBoss.Db })
      : new PgBoss({ ...common, connectionString: database.url!, max: 2 });
  boss.on("error", (error) => console.error("[jobs]", error.message));
  return boss;
}

type Holder = { database: Database; boss: PgBoss; started?: Promise<PgBoss> };
const state = globalThis as typeof globalThis & { portalBoss?: Holder };

/** The process's pg-boss, for sending jobs; it works them only once `startJobs` has run. */
export function getBoss(database = getDatabase()): PgBoss {
  if (state.portalBoss?.database !== database) state.portalBoss = { database, boss: createBoss(database) };
  return state.portalBoss.boss;
}

/**
 * Starts working jobs in this process (the schema and queues come with the
 * migrations, db/job-queues.ts); `register` adds the workers.
 */
export async function startJobs(register: (boss: PgBoss) => Promise<void>, database = getDatabase()): Promise<PgBoss> {
  getBoss(database);
  const holder = state.portalBoss!;
  holder.started ??= holder.boss.start().then(async (boss) => {
    await register(boss);
    return boss;
  });
  try {
    return await holder.started;
  } catch (error) {
    holder.started = undefined;
    throw error;
  }
}

/** Stops working jobs; a job in hand is given `timeoutMs` to finish, then handed back to the queue. */
export async function stopJobs(timeoutMs = 10_000): Promise<void> {
  const holder = state.portalBoss;
  state.portalBoss = undefined;
  if (!holder?.started) return;
  await holder.boss.stop({ graceful: true, wait: true, timeout: timeoutMs, close: holder.database.kind !== "pglite" });
}
