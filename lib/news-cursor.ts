import { parseCursor } from "./cursor";

/**
 * Where a page of a list ends, for keyset pagination: the position of its last
 * article in the order (search rank, publication time, id). Passed in the URL
 * as `rank.milliseconds.id`; anything malformed reads as "from the start".
 */
export type NewsCursor = { rank: number; publishedAt: Date; id: string };

export function encodeCursor(cursor: NewsCursor): string {
  return `${cursor.rank}.${cursor.publishedAt.getTime()}.${cursor.id}`;
}

export function decodeCursor(value: unknown): NewsCursor | null {
  const parts = parseCursor(value, ".", ["rank", "millis", "uuid"]);
  return parts ? { rank: parts[0], publishedAt: parts[1], id: parts[2] } : null;
}
