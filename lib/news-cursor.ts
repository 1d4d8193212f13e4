/**
 * Where a page of a list ends, for keyset pagination: the position of its last
 * article in the order (search rank, publication time, id). Passed in the URL
 * as `rank.milliseconds.id`; anything malformed reads as "from the start".
 */
export type NewsCursor = { rank: number; publishedAt: Date; id: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function encodeCursor(cursor: NewsCursor): string {
  return `${cursor.rank}.${cursor.publishedAt.getTime()}.${cursor.id}`;
}

export function decodeCursor(value: unknown): NewsCursor | null {
  if (typeof value !== "string" || value.length > 80) return null;
  const [rank, time, id, ...rest] = value.split(".");
  if (rest.length || !/^\d{1,2}$/.test(rank ?? "") || !/^-?\d{1,15}$/.test(time ?? "") || !UUID.test(id ?? "")) return null;
  const publishedAt = new Date(Number(time));
  return Number.isNaN(publishedAt.getTime()) ? null : { rank: Number(rank), publishedAt, id };
}
