// A migrated PGlite data folder, made once per test run: a fresh PGlite spends
// seconds in initdb (7-10 s on this 2-core machine under load), loading a saved
// folder about one. Every database test block starts from this copy.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";

/** Writes the migrated folder as a tarball; returns its path and a function that deletes it. */
export async function makePgliteTemplate() {
  const client = new PGlite({ extensions: { pg_trgm } });
  try {
    await migrate(drizzle(client), { migrationsFolder: path.join(process.cwd(), "db", "migrations") });
    const dump = await client.dumpDataDir("none");
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "portal-pglite-")), "migrated.tar");
    fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    return { file, remove: () => fs.rmSync(path.dirname(file), { recursive: true, force: true }) };
  } finally {
    await client.close();
  }
}
