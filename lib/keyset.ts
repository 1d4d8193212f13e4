/**
 * A keyset cursor: the last row's timestamp, kept as PostgreSQL printed it
 * (microseconds included, which a JS Date would lose), and its id.
 */
export type Cursor = { at: string; id: string };

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)?$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(`${cursor.at}|${cursor.id}`, "utf8").toString("base64url");
}

export function decodeCursor(value: unknown): Cursor | undefined {
  if (typeof value !== "string" || value.length > 200) return undefined;
  const [at, id, extra] = Buffer.from(value, "base64url").toString("utf8").split("|");
  if (extra !== undefined || !id || !UUID.test(id) || !at || !TIMESTAMP.test(at)) return undefined;
  return { at, id };
}
