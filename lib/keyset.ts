import { parseCursor } from "./cursor";

/**
 * A keyset cursor: the last row's timestamp, kept as PostgreSQL printed it
 * (microseconds included, which a JS Date would lose), and its id.
 */
export type Cursor = { at: string; id: string };

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(`${cursor.at}|${cursor.id}`, "utf8").toString("base64url");
}

export function decodeCursor(value: unknown): Cursor | undefined {
  if (typeof value !== "string" || value.length > 200) return undefined;
  const parts = parseCursor(Buffer.from(value, "base64url").toString("utf8"), "|", ["pgTimestamp", "uuid"]);
  return parts && { at: parts[0], id: parts[1] };
}
