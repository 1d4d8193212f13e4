import { dateToZonedInput, zonedInputToDate } from "@/lib/time-zone";

/** Demo events are placed relative to the day the seed runs, in Paris time. */
export type SeedClock = { now: Date };

const pad = (n: number) => String(n).padStart(2, "0");

function parisDay(now: Date): { year: number; month: number; day: number } {
  const [year, month, day] = dateToZonedInput(now).slice(0, 10).split("-").map(Number);
  return { year, month, day };
}

function at(year: number, month: number, day: number, time: string): Date {
  // Date.UTC normalises overflowing days and months (32 March is 1 April).
  const date = new Date(Date.UTC(year, month - 1, day));
  return zonedInputToDate(`${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}T${time}`)!;
}

/** `days` from today (negative: in the past), at a Paris wall-clock time. */
export function daysFromToday(clock: SeedClock, days: number, time: string): Date {
  const today = parisDay(clock.now);
  return at(today.year, today.month, today.day + days, time);
}

/** The next (or last) time a date of the year comes round: the next Novruz, the last 20 January. */
export function yearly(clock: SeedClock, month: number, day: number, time: string, which: "next" | "last"): Date {
  const { year } = parisDay(clock.now);
  const thisYear = at(year, month, day, time);
  if (which === "next") return thisYear > clock.now ? thisYear : at(year + 1, month, day, time);
  return thisYear < clock.now ? thisYear : at(year - 1, month, day, time);
}

export function hoursLater(date: Date, hours: number): Date {
  return new Date(date.getTime() + hours * 3_600_000);
}

/** The first given weekday (0 Sunday … 6 Saturday) at least `minDays` from today: a Thursday course falls on a Thursday. */
export function nextWeekday(clock: SeedClock, weekday: number, minDays: number, time: string): Date {
  const today = parisDay(clock.now);
  const dayOfWeek = new Date(Date.UTC(today.year, today.month - 1, today.day + minDays)).getUTCDay();
  return at(today.year, today.month, today.day + minDays + ((weekday - dayOfWeek + 7) % 7), time);
}
