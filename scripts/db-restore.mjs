// `npm run db:restore FILE`: restores a db:backup file into the empty database at DATABASE_URL.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import nextEnv from "@next/env";
import postgres from "postgres";

nextEnv.loadEnvConfig(process.cwd());
const url = process.env.DATABASE_URL;
const file = process.argv[2];
if (!url || !file || !fs.existsSync(file)) {
  console.error("Usage: DATABASE_URL=postgres://… npm run db:restore FILE (FILE from npm run db:backup)");
  process.exit(1);
}
const sql = postgres(url, { max: 1, onnotice: () => {} });
const [{ count }] = await sql`select count(*)::int as count from information_schema.tables where table_schema in ('public', 'drizzle')`;
await sql.end();
if (count > 0) {
  console.error("The target database is not empty; restore into a new, empty database (createdb …).");
  process.exit(1);
}
const result = spawnSync("pg_restore", ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", `--dbname=${url}`, file], { stdio: "inherit" });
if (result.status !== 0) process.exit(result.status ?? 1);
console.log(`Restored ${file}.`);
