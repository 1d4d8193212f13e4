import type { Locale } from "@/i18n/routing";
import { PARIS_TIME_ZONE } from "../time-zone";
import { dateTimeFormat } from "@/lib/date-format";

/** Members following from Azerbaijan see this time beside Paris's. Baku keeps UTC+4 all year. */
export const BAKU_TIME_ZONE = "Asia/Baku";

/** "21:00": the wall-clock time of an instant in a zone, 24-hour, as both languages write it. */
export function clockTime(date: Date, timeZone: string, locale: Locale = "fr"): string {
  return dateTimeFormat(locale, { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(date);
}

/** "2025-03-30": the calendar day of an instant in a zone. */
export function dayKey(date: Date, timeZone = PARIS_TIME_ZONE): string {
  return dateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
}

function longDate(date: Date, locale: Locale, timeZone: string, withWeekday: boolean): string {
  return dateTimeFormat(locale, { timeZone, dateStyle: withWeekday ? "full" : "long" }).format(date);
}

export type EventSchedule = {
  /** Start and end on the same day in Paris. */
  sameDay: boolean;
  startDate: string;
  endDate: string;
  startTime: string;
  endTime: string;
  bakuStartTime: string;
  bakuEndTime: string;
  /** Set when the event starts on another day in Baku than in Paris (late in the evening). */
  bakuStartDate: string | null;
  /** The end falls on the day after the start in Baku (a Paris evening ends after midnight there). */
  bakuEndsNextDay: boolean;
};

/** The pieces an event's time is shown with: Paris dates and times, Baku times beside them. */
export function eventSchedule(start: Date, end: Date, locale: Locale): EventSchedule {
  const sameDay = dayKey(start) === dayKey(end);
  const otherBakuDay = dayKey(start, BAKU_TIME_ZONE) !== dayKey(start);
  return {
    sameDay,
    startDate: longDate(start, locale, PARIS_TIME_ZONE, sameDay),
    endDate: longDate(end, locale, PARIS_TIME_ZONE, false),
    startTime: clockTime(start, PARIS_TIME_ZONE, locale),
    endTime: clockTime(end, PARIS_TIME_ZONE, locale),
    bakuStartTime: clockTime(start, BAKU_TIME_ZONE, locale),
    bakuEndTime: clockTime(end, BAKU_TIME_ZONE, locale),
    bakuStartDate: otherBakuDay ? longDate(start, locale, BAKU_TIME_ZONE, false) : null,
    bakuEndsNextDay: sameDay && dayKey(end, BAKU_TIME_ZONE) !== dayKey(start, BAKU_TIME_ZONE),
  };
}
