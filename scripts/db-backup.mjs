// `npm run db:backup [FILE]`: a pg_dump custom-format file of DATABASE_URL.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import nextEnv from "@next/env";

nextEnv.loadEnvConfig(process.cwd());
const url = process.env.DATABASE_URL;
if (!url) {
  console.error("db:backup needs DATABASE_URL (PostgreSQL). The embedded database is a folder: stop the portal and copy PGLITE_DIR.");
  process.exit(1);
}
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const file = process.argv[2] ?? path.join("backups", `portal-${stamp}.dump`);
fs.mkdirSync(path.dirname(file), { recursive: true });
const result = spawnSync("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`, `--dbname=${url}`], { stdio: "inherit" });
if (result.status !== 0) process.exit(result.status ?? 1);
console.log(`Backup written to ${file} (${fs.statSync(file).size} bytes).`);
