import postgres from "postgres";

// The security server's own database (scripts/e2e-security-server.mjs); nothing else writes to it.
export const sql = postgres(process.env.E2E_SECURITY_DATABASE_URL!, { max: 2, onnotice: () => {} });

export type Snapshot = Record<string, string>;

// A session's last_seen_at moves on by itself every few minutes of use: not a change a request made.
const columns: Record<string, string> = { user_sessions: "id, user_id, created_at, browser, os, address" };

/** Every table of the portal: its row count and a checksum of its rows. */
export async function snapshot(): Promise<Snapshot> {
  const tables = await sql<{ name: string }[]>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`;
  const out: Snapshot = {};
  for (const { name } of tables) {
    const [row] = await sql.unsafe(`select count(*)::int as n, coalesce(md5(string_agg(t::text, '|' order by t::text)), '-') as h from (select ${columns[name] ?? "*"} from "${name}") t`);
    out[name] = `${row.n}:${row.h}`;
  }
  return out;
}

/** The tables whose rows differ between two snapshots. */
export function changedTables(before: Snapshot, after: Snapshot): string[] {
  return Object.keys({ ...before, ...after }).filter((name) => before[name] !== after[name]);
}

/** A snapshot once the work an earlier request left running after its answer (mail, throttle counts) is done. */
export async function settledSnapshot(): Promise<Snapshot> {
  let last = await snapshot();
  for (let attempt = 0; attempt < 20; attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const next = await snapshot();
    if (changedTables(last, next).length === 0) return next;
    last = next;
  }
  throw new Error("the database kept changing for 5 s with no request running");
}
