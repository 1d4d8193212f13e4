import { isUuid } from "./uuid";

/**
 * The one parser of every list's pagination cursor (news, agenda, ideas,
 * users, audit log, outbox). A cursor comes from the address bar, so anyone
 * can write one: each part must be a value its column can hold, or the whole
 * cursor reads as "from the start". An unchecked part once reached PostgreSQL
 * (year 33658, month 13, an integer past int4) and answered 500 with the SQL
 * in the log.
 */

// Dates a list can hold. The editors' list uses 1970 for undated drafts.
const EARLIEST_MS = Date.UTC(1900, 0, 1);
const LATEST_MS = Date.UTC(2200, 0, 1);
const INT4_MAX = 2_147_483_647;
const MAX_LENGTH = 200;

/** A timestamp as PostgreSQL prints `timestamptz::text`: `2026-12-04 01:23:14.123456+00`. */
const PG_TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?(?:([+-])(\d{2})(?::?(\d{2}))?|Z)?$/;

function pgTimestamp(part: string): string | undefined {
  const match = PG_TIMESTAMP.exec(part);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number);
  const [offsetHours, offsetMinutes] = [Number(match[9] ?? 0), Number(match[10] ?? 0)];
  // Date.UTC rolls 31 February over to March: a date that does not survive the round trip does not exist.
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  const exists = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && date.getUTCHours() === hour && date.getUTCMinutes() === minute && date.getUTCSeconds() === second;
  if (!exists || offsetHours > 15 || offsetMinutes > 59) return undefined;
  return date.getTime() >= EARLIEST_MS && date.getTime() < LATEST_MS ? part : undefined;
}

function millis(part: string): Date | undefined {
  if (!/^-?\d{1,16}$/.test(part)) return undefined;
  const ms = Number(part);
  return ms >= EARLIEST_MS && ms < LATEST_MS ? new Date(ms) : undefined;
}

const parsers = {
  /** A time in milliseconds since 1970, within the dates a list can hold. */
  millis,
  /** A timestamp as PostgreSQL printed it, microseconds kept (a Date would lose them). */
  pgTimestamp,
  /** A non-negative integer a PostgreSQL `integer` column holds. */
  int4: (part: string) => (/^\d{1,10}$/.test(part) && Number(part) <= INT4_MAX ? Number(part) : undefined),
  /** A search rank: how many words of the search a title matches. */
  rank: (part: string) => (/^\d{1,2}$/.test(part) ? Number(part) : undefined),
  uuid: (part: string) => (isUuid(part) ? part.toLowerCase() : undefined),
} satisfies Record<string, (part: string) => unknown>;

export type CursorPart = keyof typeof parsers;
type Parsed<K extends CursorPart> = NonNullable<ReturnType<(typeof parsers)[K]>>;

/**
 * Splits a cursor at `separator` into exactly the parts named, each checked;
 * undefined (from the start) for anything else.
 */
export function parseCursor<const K extends readonly CursorPart[]>(raw: unknown, separator: string, kinds: K): { -readonly [I in keyof K]: Parsed<K[I]> } | undefined {
  if (typeof raw !== "string" || raw.length > MAX_LENGTH) return undefined;
  const parts = raw.split(separator);
  if (parts.length !== kinds.length) return undefined;
  const values: unknown[] = [];
  for (const [index, kind] of kinds.entries()) {
    const value = parsers[kind](parts[index]);
    if (value === undefined) return undefined;
    values.push(value);
  }
  return values as { -readonly [I in keyof K]: Parsed<K[I]> };
}
