import { dateTimeFormat } from "@/lib/date-format";

/** Where the portal's editors and readers live; dates are stored in UTC. */
export const PARIS_TIME_ZONE = "Europe/Paris";

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

function wallClockParts(date: Date, timeZone: string): number[] {
  const parts = dateTimeFormat("en-GB", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return [get("year"), get("month"), get("day"), get("hour"), get("minute"), get("second")];
}

/** Minutes the zone is ahead of UTC at that instant (60 or 120 for Paris). */
function offsetMinutes(instant: number, timeZone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  const [y, mo, d, h, mi, s] = wallClockParts(new Date(whole), timeZone);
  return Math.round((Date.UTC(y, mo - 1, d, h, mi, s) - whole) / 60_000);
}

/**
 * The instant a wall-clock time (the value of an `<input type="datetime-local">`)
 * stands for in a time zone, or null if the text is not such a time. In the
 * hour skipped in spring the time is read with the offset before the change.
 */
export function zonedInputToDate(value: string, timeZone = PARIS_TIME_ZONE): Date | null {
  const match = LOCAL_INPUT.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(wall);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59 || year < 1900) return null;
  // Two passes settle the offset around a change of summer time.
  const first = wall - offsetMinutes(wall, timeZone) * 60_000;
  return new Date(wall - offsetMinutes(first, timeZone) * 60_000);
}

/** The wall-clock time of an instant in a time zone, as a datetime-local input wants it. */
export function dateToZonedInput(date: Date, timeZone = PARIS_TIME_ZONE): string {
  const [y, mo, d, h, mi] = wallClockParts(date, timeZone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}`;
}
