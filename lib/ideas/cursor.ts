import { parseCursor } from "../cursor";

/**
 * Keyset pagination: a page starts after the last (value, id) of the previous
 * one, so deep pages cost the same as the first (no OFFSET).
 * The value is a support count or a publication time in milliseconds: the
 * list says which, so that each is checked against what its column holds.
 */
export type IdeaCursor = { value: number; id: number };
export type IdeaCursorValue = "count" | "time";

export function encodeCursor(cursor: IdeaCursor): string {
  return `${cursor.value}_${cursor.id}`;
}

export function decodeCursor(raw: unknown, kind: IdeaCursorValue): IdeaCursor | undefined {
  if (kind === "count") {
    const parts = parseCursor(raw, "_", ["int4", "int4"]);
    return parts && { value: parts[0], id: parts[1] };
  }
  const parts = parseCursor(raw, "_", ["millis", "int4"]);
  return parts && { value: parts[0].getTime(), id: parts[1] };
}

/**
 * A page of a keyset list read with one row more than it shows: that extra
 * row says there is a next page, which starts after the page's last row
 * (its value, from `valueOf`, and its id).
 */
export function keysetPage<T extends { id: number }>(rows: T[], size: number, valueOf: (row: T) => number): { page: T[]; next: IdeaCursor | undefined } {
  const page = rows.slice(0, size);
  const last = page.at(-1);
  return { page, next: rows.length > size && last ? { value: valueOf(last), id: last.id } : undefined };
}
