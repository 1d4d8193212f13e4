import { describe, expect, it } from "vitest";
import { dateToZonedInput, zonedInputToDate } from "@/lib/time-zone";

describe("Paris wall-clock times", () => {
  it("reads a winter and a summer time with the right offset", () => {
    expect(zonedInputToDate("2017-10-30T18:30")?.toISOString()).toBe("2017-10-30T17:30:00.000Z");
    expect(zonedInputToDate("2018-05-28T10:00")?.toISOString()).toBe("2018-05-28T08:00:00.000Z");
  });

  it("round-trips through the form field", () => {
    for (const value of ["2017-10-30T18:30", "2018-05-28T10:00", "2026-12-31T23:59"]) {
      expect(dateToZonedInput(zonedInputToDate(value)!)).toBe(value);
    }
  });

  it("refuses what is not a date", () => {
    for (const value of ["", "2018-02-30T10:00", "2018-13-01T10:00", "2018-01-01T24:00", "demain", "2018-01-01"]) {
      expect(zonedInputToDate(value)).toBeNull();
    }
  });
});
