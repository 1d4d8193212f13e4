import { describe, expect, it } from "vitest";
import { BAKU_TIME_ZONE, clockTime, eventSchedule } from "@/lib/agenda/event-time";
import { monthBounds, monthOf, monthWeeks, parseMonth, shiftMonth } from "@/lib/agenda/month";
import { registrationWindow } from "@/lib/agenda/registration-window";
import { PARIS_TIME_ZONE, zonedInputToDate } from "@/lib/time-zone";

// 2025: summer time began in Paris on Sunday 30 March at 02:00 and ended on Sunday 26 October. Baku keeps UTC+4.
describe("Paris time with Baku beside it", () => {
  it("19:00 in Paris on 30 March (after the change to summer time) is 21:00 in Baku", () => {
    const start = zonedInputToDate("2025-03-30T19:00")!;
    expect(start.toISOString()).toBe("2025-03-30T17:00:00.000Z");
    expect(clockTime(start, PARIS_TIME_ZONE)).toBe("19:00");
    expect(clockTime(start, BAKU_TIME_ZONE)).toBe("21:00");
  });

  it("19:00 in Paris on 30 October (back on winter time) is 22:00 in Baku", () => {
    const start = zonedInputToDate("2025-10-30T19:00")!;
    expect(start.toISOString()).toBe("2025-10-30T18:00:00.000Z");
    expect(clockTime(start, BAKU_TIME_ZONE)).toBe("22:00");
  });

  it("the day before the spring change is still three hours apart", () => {
    expect(clockTime(zonedInputToDate("2025-03-29T19:00")!, BAKU_TIME_ZONE)).toBe("22:00");
  });

  it("gives the schedule's pieces in the reader's language", () => {
    const start = zonedInputToDate("2025-03-30T19:00")!;
    const end = zonedInputToDate("2025-03-30T21:30")!;
    const fr = eventSchedule(start, end, "fr");
    expect(fr).toMatchObject({ sameDay: true, startTime: "19:00", endTime: "21:30", bakuStartTime: "21:00", bakuEndTime: "23:30", bakuStartDate: null });
    expect(fr.startDate).toBe("dimanche 30 mars 2025");
    expect(eventSchedule(start, end, "az").startDate).toContain("30 mart 2025");
  });

  it("names the Baku day when an evening in Paris is already the next day in Baku", () => {
    const start = zonedInputToDate("2025-10-30T21:30")!;
    const schedule = eventSchedule(start, zonedInputToDate("2025-10-30T23:00")!, "fr");
    expect(schedule.bakuStartTime).toBe("00:30");
    expect(schedule.bakuStartDate).toBe("31 octobre 2025");
  });

  it("says the end falls on the next day in Baku when a Paris evening ends after midnight there", () => {
    const schedule = eventSchedule(zonedInputToDate("2026-12-10T20:00")!, zonedInputToDate("2026-12-10T22:00")!, "fr");
    expect(schedule).toMatchObject({ sameDay: true, bakuStartTime: "23:00", bakuEndTime: "01:00", bakuStartDate: null, bakuEndsNextDay: true });
    expect(eventSchedule(zonedInputToDate("2026-12-10T18:00")!, zonedInputToDate("2026-12-10T19:30")!, "fr").bakuEndsNextDay).toBe(false);
  });

  it("says so when an event runs over several days", () => {
    const schedule = eventSchedule(zonedInputToDate("2025-05-12T10:00")!, zonedInputToDate("2025-06-30T18:00")!, "fr");
    expect(schedule).toMatchObject({ sameDay: false, startDate: "12 mai 2025", endDate: "30 juin 2025", endTime: "18:00" });
  });
});

describe("Paris months", () => {
  it("start at midnight in Paris, in winter and in summer time", () => {
    expect(monthBounds({ year: 2025, month: 3 })).toEqual({ start: new Date("2025-02-28T23:00:00Z"), end: new Date("2025-03-31T22:00:00Z") });
  });

  it("an event at 00:30 on 1 April in Paris belongs to April, though it is still March in UTC", () => {
    expect(monthOf(new Date("2025-03-31T22:30:00Z"))).toEqual({ year: 2025, month: 4 });
  });

  it("move across years and read only well-formed months", () => {
    expect(shiftMonth({ year: 2025, month: 12 }, 1)).toEqual({ year: 2026, month: 1 });
    expect(shiftMonth({ year: 2025, month: 1 }, -1)).toEqual({ year: 2024, month: 12 });
    expect(parseMonth("2025-03")).toEqual({ year: 2025, month: 3 });
    for (const bad of ["2025-13", "2025-3", "25-03", "2025-03-01", undefined]) expect(parseMonth(bad)).toBeNull();
  });

  it("lay out weeks from Monday", () => {
    const weeks = monthWeeks({ year: 2025, month: 3 });
    // 1 March 2025 was a Saturday.
    expect(weeks[0]).toEqual([null, null, null, null, null, "2025-03-01", "2025-03-02"]);
    expect(weeks.flat().filter(Boolean)).toHaveLength(31);
    expect(weeks.every((week) => week.length === 7)).toBe(true);
  });
});

describe("registration window", () => {
  const startsAt = new Date("2025-06-01T17:00:00Z");
  it("is none without a capacity, open before the start, closed from the start", () => {
    expect(registrationWindow({ capacity: null, startsAt, registrationClosesAt: null }, new Date("2025-05-01"))).toBe("none");
    expect(registrationWindow({ capacity: 10, startsAt, registrationClosesAt: null }, new Date("2025-06-01T16:59:59Z"))).toBe("open");
    expect(registrationWindow({ capacity: 10, startsAt, registrationClosesAt: null }, startsAt)).toBe("closed");
  });

  it("closes at the editor's closing time when it comes first", () => {
    const registrationClosesAt = new Date("2025-05-30T12:00:00Z");
    expect(registrationWindow({ capacity: 10, startsAt, registrationClosesAt }, new Date("2025-05-30T11:59:00Z"))).toBe("open");
    expect(registrationWindow({ capacity: 10, startsAt, registrationClosesAt }, new Date("2025-05-30T12:00:00Z"))).toBe("closed");
  });
});
