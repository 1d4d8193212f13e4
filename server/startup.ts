import { getDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedDatabase } from "@/db/seed";
import { env } from "@/lib/env";
import { installPeerAddressHeader } from "./client-address";
import { startMailDelivery } from "./mail-delivery";

/** Runs once when the server starts: checks the secret, migrates, seeds the demo. */
export async function startPortal(): Promise<void> {
  if (!process.env.AUTH_SECRET) {
    throw new Error("AUTH_SECRET is not set. Start the portal with `npm start`, which creates one in .env.local, or set it yourself.");
  }
  installPeerAddressHeader();
  const database = getDatabase();
  const started = Date.now();
  await migrateDatabase(database);
  const demo = env().DEMO_SEED === "on" ? await seedDatabase(database.db) : undefined;
  console.log(
    `[portal] database ready (${database.kind === "pglite" ? `embedded, ${env().PGLITE_DIR}` : "PostgreSQL"}) in ${Date.now() - started} ms` +
      (demo ? `; demo seed added ${JSON.stringify(demo)}` : "; demo seed off"),
  );
  startMailDelivery();
}
