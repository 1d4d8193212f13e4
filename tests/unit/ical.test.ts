import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildCalendar, escapeText, foldLine, icalDate } from "@/lib/ical";

const octets = (text: string) => Buffer.byteLength(text, "utf8");

describe("iCalendar text values", () => {
  it("escapes backslashes, semicolons, commas and line breaks", () => {
    expect(escapeText("Concert; tar, kamança\\saz")).toBe("Concert\\; tar\\, kamança\\\\saz");
    expect(escapeText("ligne 1\nligne 2\r\nligne 3")).toBe("ligne 1\\nligne 2\\nligne 3");
  });

  it("drops control characters that RFC 5545 forbids in text", () => {
    expect(escapeText("a\u0007b\u001bc")).toBe("abc");
  });

  it("writes times in UTC with a Z", () => {
    expect(icalDate(new Date("2025-03-30T17:00:00.456Z"))).toBe("20250330T170000Z");
  });
});

describe("line folding", () => {
  it("leaves a line of 75 octets alone and folds the 76th onto a continuation line", () => {
    const line = "X".repeat(75);
    expect(foldLine(line)).toBe(line);
    expect(foldLine(`${line}Y`)).toBe(`${line}\r\n Y`);
  });

  it("never cuts an Azerbaijani letter in two and keeps every physical line within 75 octets", () => {
    // ə, ş, ğ are two octets each: a cut at a fixed octet count would split one of them.
    const line = `SUMMARY:${"Şuşa, ə ğ ı İ ş ç ö ü; ".repeat(12)}`;
    const folded = foldLine(line);
    const physical = folded.split("\r\n");
    expect(physical.length).toBeGreaterThan(3);
    for (const part of physical) expect(octets(part)).toBeLessThanOrEqual(75);
    for (const part of physical.slice(1)) expect(part.startsWith(" ")).toBe(true);
    // Unfolding gives the line back, character for character.
    expect(physical.map((part, i) => (i === 0 ? part : part.slice(1))).join("")).toBe(line);
    expect(folded).not.toContain("\uFFFD");
  });

  it("keeps a four-octet character whole at the fold", () => {
    const line = `${"a".repeat(73)}🎻b`;
    const [first, second] = foldLine(line).split("\r\n");
    expect(first).toBe("a".repeat(73));
    expect(second).toBe(" 🎻b");
  });
});

describe("a calendar", () => {
  const stamp = new Date("2025-03-01T09:00:00Z");
  const longTitle = "Muğam axşamı: səs, tar və kamança; Şirvan, Qarabağ və Bakı muğam məktəblərinin ən gözəl nümunələri";
  const calendar = buildCalendar({
    prodId: "-//example.org//Agenda az//AZ",
    name: "Tədbirlər",
    refreshHours: 6,
    stamp,
    events: [
      {
        uid: "event-0b6c@example.org",
        start: new Date("2025-03-30T17:00:00Z"),
        end: new Date("2025-03-30T19:00:00Z"),
        summary: longTitle,
        description: "Birinci sətir\nİkinci sətir, vergül; nöqtəli vergül \\ tərs xətt",
        location: "Parisdəki Azərbaycan Mədəniyyət Mərkəzi, böyük zal",
        url: "http://127.0.0.1:3000/az/tedbirler/mugam-axsami",
        categories: ["Konsert"],
        language: "az",
        sequence: 3,
        lastModified: stamp,
      },
    ],
  });

  it("ends every line with CRLF and has no bare LF", () => {
    expect(calendar.endsWith("\r\n")).toBe(true);
    expect(calendar.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of calendar.split("\r\n")) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it("is read back by ical.js with every value intact", () => {
    const component = new ICAL.Component(ICAL.parse(calendar));
    expect(component.getFirstPropertyValue("version")).toBe("2.0");
    const [vevent] = component.getAllSubcomponents("vevent");
    const event = new ICAL.Event(vevent);
    expect(event.uid).toBe("event-0b6c@example.org");
    expect(event.summary).toBe(longTitle);
    expect(event.description).toBe("Birinci sətir\nİkinci sətir, vergül; nöqtəli vergül \\ tərs xətt");
    expect(event.location).toBe("Parisdəki Azərbaycan Mədəniyyət Mərkəzi, böyük zal");
    expect(event.startDate.toJSDate().toISOString()).toBe("2025-03-30T17:00:00.000Z");
    expect(event.endDate.toJSDate().toISOString()).toBe("2025-03-30T19:00:00.000Z");
    expect(vevent.getFirstPropertyValue("dtstamp")?.toString()).toBe("2025-03-01T09:00:00Z");
    expect(event.sequence).toBe(3);
    expect(vevent.getFirstProperty("summary")?.getParameter("language")).toBe("az");
  });

  it("gives an event the same UID whatever its text", () => {
    const again = buildCalendar({ prodId: "x", stamp, events: [{ uid: "event-0b6c@example.org", start: stamp, end: new Date(stamp.getTime() + 1000), summary: "Autre titre" }] });
    expect(again).toContain("UID:event-0b6c@example.org\r\n");
  });
});
