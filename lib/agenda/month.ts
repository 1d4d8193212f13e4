import { dateToZonedInput, zonedInputToDate } from "../time-zone";

/** A calendar month as Paris lives it. */
export type Month = { year: number; month: number };

const MONTH = /^(\d{4})-(\d{2})$/;

export function formatMonth({ year, month }: Month): string {
  return `${year}-${String(month).padStart(2, "0")}`;
}

/** "2025-03" to a month, or null for anything else (a year between 1970 and 9999). */
export function parseMonth(value: unknown): Month | null {
  const match = typeof value === "string" ? MONTH.exec(value) : null;
  if (!match) return null;
  const [year, month] = [Number(match[1]), Number(match[2])];
  return year >= 1970 && month >= 1 && month <= 12 ? { year, month } : null;
}

export function monthOf(date: Date): Month {
  const [year, month] = dateToZonedInput(date).split("-").map(Number);
  return { year, month };
}

export function shiftMonth({ year, month }: Month, delta: number): Month {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The instants a Paris month starts and ends at (midnight in Paris, whatever the summer time). */
export function monthBounds(month: Month): { start: Date; end: Date } {
  const next = shiftMonth(month, 1);
  return { start: zonedInputToDate(`${formatMonth(month)}-01T00:00`)!, end: zonedInputToDate(`${formatMonth(next)}-01T00:00`)! };
}

/** The month's days, "2025-03-01"…, in weeks from Monday; null pads the first and last weeks. */
export function monthWeeks({ year, month }: Month): (string | null)[][] {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const lead = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7;
  const cells: (string | null)[] = Array.from({ length: lead }, () => null);
  for (let day = 1; day <= days; day++) cells.push(`${formatMonth({ year, month })}-${String(day).padStart(2, "0")}`);
  while (cells.length % 7) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7));
}
