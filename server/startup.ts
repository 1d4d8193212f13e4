import { setDatabaseReady } from "@/db/availability";
import { getDatabase, type Database } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedDatabase } from "@/db/seed";
import { env } from "@/lib/env";
import { startJobs } from "./jobs/boss";
import { startReminders } from "./agenda/reminders";
import { startMailDelivery } from "./mail-delivery";
import { startWeeklyDigest } from "./subscriptions/digest";
import { startNewsSendings } from "./subscriptions/sending";

// A PostgreSQL that is down at start-up is tried again every second.
const RETRY_MS = 1_000;

async function prepare(database: Database): Promise<void> {
  const started = Date.now();
  let demo: Awaited<ReturnType<typeof seedDatabase>> | undefined;
  await migrateDatabase(database, async () => {
    if (env().DEMO_SEED === "on") demo = await seedDatabase(database.db);
  });
  // Only once the tables and queues are there (db/job-queues.ts): this instance works the jobs too.
  await startJobs(async (boss) => {
    await startMailDelivery(boss);
    await startReminders(boss);
    await startNewsSendings(boss);
    await startWeeklyDigest(boss);
  }, database);
  const where = database.kind === "pglite" ? `embedded, ${env().PGLITE_DIR}` : "PostgreSQL";
  console.log(`[portal] database ready (${where}) in ${Date.now() - started} ms; ${demo ? `demo seed added ${JSON.stringify(demo)}` : "demo seed off"}`);
}

function fail(message: string): never {
  console.error(`[portal] cannot start: ${message}`);
  process.exit(1);
}

/** Runs once when the server starts: checks the secret, migrates, seeds the demo. */
export async function startPortal(): Promise<void> {
  if (!process.env.AUTH_SECRET) fail("AUTH_SECRET is not set. `npm start` creates one in .env.local; in production set it yourself.");
  if (!process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY && env().DATABASE_URL) {
    // Without it each process makes up its own key: a form rendered by one instance fails on another.
    console.warn("[portal] NEXT_SERVER_ACTIONS_ENCRYPTION_KEY is not set: forms work only on the instance that rendered them. Set the same key on every instance (README, Deploying).");
  }
  let database: Database;
  try {
    database = getDatabase();
  } catch (error) {
    fail((error as Error).message);
  }
  if (database.kind === "pglite") {
    await prepare(database).catch((error: Error) => fail(error.message));
    return;
  }
  // A PostgreSQL server that is down at start-up is waited for; the portal answers 503 meanwhile.
  setDatabaseReady(false);
  let failures = 0;
  const attempt = () =>
    prepare(database).then(
      () => setDatabaseReady(true),
      (error: Error) => {
        // Said once, then every minute, rather than every second.
        if (failures++ % 60 === 0) console.error(`[portal] database not ready (${error.message}); retrying every ${RETRY_MS / 1000} s`);
        setTimeout(attempt, RETRY_MS).unref();
      },
    );
  await attempt();
}
