import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectPostgres } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedDatabase } from "@/db/seed";

const url = process.env.TEST_DATABASE_URL;
const suffix = `${process.pid}_${Date.now().toString(36)}`;
const source = `portal_backup_src_${suffix}`;
const target = `portal_backup_dst_${suffix}`;
const withDb = (name: string) => Object.assign(new URL(url ?? "postgres://x"), { pathname: `/${name}` }).toString();

async function rowCounts(dbUrl: string): Promise<Record<string, number>> {
  const sql = postgres(dbUrl, { max: 1, onnotice: () => {} });
  const tables = await sql<{ name: string }[]>`
    select table_schema || '.' || table_name as name from information_schema.tables
    where table_schema in ('public', 'drizzle') and table_type = 'BASE TABLE' order by 1`;
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [{ count }] = await sql.unsafe(`select count(*)::int as count from ${name}`);
    counts[name] = count;
  }
  await sql.end();
  return counts;
}

// pg_dump and pg_restore need a real PostgreSQL server.
describe.skipIf(!url)("backup and restore (PostgreSQL)", () => {
  const admin = () => postgres(url!, { max: 1, onnotice: () => {} });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-backup-"));

  beforeAll(async () => {
    const sql = admin();
    await sql.unsafe(`create database ${source}`);
    await sql.unsafe(`create database ${target}`);
    await sql.end();
    const database = connectPostgres(withDb(source), { max: 2 });
    await migrateDatabase(database);
    await seedDatabase(database.db);
    await database.close();
  });

  afterAll(async () => {
    const sql = admin();
    await sql.unsafe(`drop database if exists ${source} with (force)`);
    await sql.unsafe(`drop database if exists ${target} with (force)`);
    await sql.end();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("round-trips the demo database: every table has the same number of rows", async () => {
    const file = path.join(dir, "demo.dump");
    const env = { ...process.env, DATABASE_URL: withDb(source) };
    execFileSync("node", ["scripts/db-backup.mjs", file], { env, stdio: "pipe" });
    expect(fs.statSync(file).size).toBeGreaterThan(0);

    execFileSync("node", ["scripts/db-restore.mjs", file], { env: { ...env, DATABASE_URL: withDb(target) }, stdio: "pipe" });
    const before = await rowCounts(withDb(source));
    const after = await rowCounts(withDb(target));
    expect(Object.keys(before).length).toBeGreaterThan(3);
    expect(before["public.users"]).toBeGreaterThan(0);
    expect(after).toEqual(before);
  });

  it("refuses to restore over a database that is not empty", () => {
    const file = path.join(dir, "demo.dump");
    expect(() =>
      execFileSync("node", ["scripts/db-restore.mjs", file], { env: { ...process.env, DATABASE_URL: withDb(source) }, stdio: "pipe" }),
    ).toThrow(/not empty/);
  });
});
