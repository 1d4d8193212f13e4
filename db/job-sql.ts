import type { PGlite } from "@electric-sql/pglite";
import { sql, type SQL } from "drizzle-orm";

/** The one method pg-boss asks of a connection it does not own. */
export type JobSql = { executeSql(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }> };

// pg-boss writes its statements for the `pg` driver, which turns objects into
// JSON and arrays into array literals; the drivers here are told the same in text.
function asParameter(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return `{${value.map((item) => `"${String(item).replace(/["\\]/g, "\\$&")}"`).join(",")}}`;
  if (typeof value === "object") return JSON.stringify(value);
  return value;
}

/** pg-boss's `$1`-numbered text as a drizzle query; a number used twice becomes two parameters of the same value. */
export function numberedSql(text: string, values: unknown[]): SQL {
  const parts = text.split(/\$(\d+)\b/);
  const chunks: SQL[] = [];
  parts.forEach((part, index) => chunks.push(index % 2 === 0 ? sql.raw(part) : sql`${asParameter(values[Number(part) - 1])}`));
  return sql.join(chunks);
}

/**
 * pg-boss inside a drizzle transaction: a job sent this way is committed, or
 * rolled back, with the change that asked for it (a mail with its sign-up).
 */
export function drizzleJobSql(db: { execute(query: SQL): PromiseLike<unknown> }): JobSql {
  return {
    async executeSql(text, values = []) {
      const result = (await db.execute(numberedSql(text, values))) as unknown as Record<string, unknown>[] | { rows: Record<string, unknown>[] };
      return { rows: Array.isArray(result) ? [...result] : result.rows };
    },
  };
}

/**
 * pg-boss on the embedded database, in this process. Its schema comes as
 * several statements in one text, which only `exec` runs; queries with
 * parameters go through `query`.
 */
export function pgliteJobSql(client: PGlite): JobSql {
  return {
    async executeSql(text, values) {
      if (values && values.length > 0) {
        const result = await client.query<Record<string, unknown>>(text, values.map(asParameter));
        return { rows: result.rows };
      }
      const results = await client.exec(text);
      return { rows: (results.at(-1)?.rows ?? []) as Record<string, unknown>[] };
    },
  };
}
