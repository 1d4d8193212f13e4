/**
 * Keyset pagination: a page starts after the last (value, id) of the previous
 * one, so deep pages cost the same as the first (no OFFSET).
 * The value is a support count or a publication time in milliseconds.
 */
export type IdeaCursor = { value: number; id: number };

export function encodeCursor(cursor: IdeaCursor): string {
  return `${cursor.value}_${cursor.id}`;
}

export function decodeCursor(raw: unknown): IdeaCursor | undefined {
  if (typeof raw !== "string") return undefined;
  const match = /^(\d{1,15})_(\d{1,10})$/.exec(raw);
  if (!match) return undefined;
  const value = Number(match[1]);
  const id = Number(match[2]);
  return Number.isSafeInteger(value) && id <= 2_147_483_647 ? { value, id } : undefined;
}
