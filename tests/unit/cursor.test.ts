import { describe, expect, it } from "vitest";
import { parseCursor } from "@/lib/cursor";
import { decodeCursor as decodeIdeaCursor, encodeCursor as encodeIdeaCursor } from "@/lib/ideas/cursor";
import { decodeCursor as decodeKeyset, encodeCursor as encodeKeyset } from "@/lib/keyset";
import { decodeCursor as decodeNewsCursor, encodeCursor as encodeNewsCursor } from "@/lib/news-cursor";

const id = "5e1d0a10-3c2b-4f00-9a01-000000000006";
const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64url");

// What a probe types into `after=`: every value here once reached PostgreSQL or Date#toISOString and answered 500.
const craftedNumbers = ["999999999999999", "99999999999999999999", "2147483648", "-1", "1e9", "0x10", "1.5", " 1", "1 ", "", "NaN", "Infinity", "٣", "１"];
const craftedTimestamps = [
  "2024-13-01 00:00:00+00",
  "2024-02-30 00:00:00+00",
  "2023-02-29 12:00:00+00",
  "2024-01-01 24:00:00+00",
  "2024-01-01 23:60:00+00",
  "2024-01-01 23:59:60+00",
  "2024-01-01 00:00:00+99",
  "2024-01-01 00:00:00+05:99",
  "0000-01-01 00:00:00+00",
  "9999-12-31 23:59:59+00",
  "1066-10-14 09:00:00+00",
  "2024-01-01 00:00:00.1234567+00",
  "2024-1-1 0:0:0+00",
  "infinity",
  "-infinity",
  "epoch",
  "now",
  "2024-01-01 00:00:00+00'; drop table users;--",
];

describe("the one cursor parser", () => {
  it("reads each part as what its column holds", () => {
    expect(parseCursor(`3.1527494400123.${id}`, ".", ["rank", "millis", "uuid"])).toEqual([3, new Date(1527494400123), id]);
    expect(parseCursor("2147483647_1", "_", ["int4", "int4"])).toEqual([2147483647, 1]);
    expect(parseCursor(`2026-12-04 01:23:14.123456+00|${id}`, "|", ["pgTimestamp", "uuid"])).toEqual(["2026-12-04 01:23:14.123456+00", id]);
    expect(parseCursor(`2024-02-29 23:59:59+05:30|${id.toUpperCase()}`, "|", ["pgTimestamp", "uuid"])).toEqual(["2024-02-29 23:59:59+05:30", id]);
    // The editors' list puts undated drafts at 1970.
    expect(parseCursor(`1.0.${id}`, ".", ["rank", "millis", "uuid"])).toEqual([1, new Date(0), id]);
  });

  it("refuses numbers past their column and times past the dates a list holds", () => {
    for (const value of craftedNumbers) {
      expect(parseCursor(`${value}_1`, "_", ["int4", "int4"]), value).toBeUndefined();
      expect(parseCursor(`1_${value}`, "_", ["int4", "int4"]), value).toBeUndefined();
      // 2147483648 ms and -1 ms are times (1970, 1969): the millisecond parts are checked as dates below.
      if (value === "2147483648" || value === "-1") continue;
      expect(parseCursor(`${value}_1`, "_", ["millis", "int4"]), value).toBeUndefined();
      expect(parseCursor(`0.${value}.${id}`, ".", ["rank", "millis", "uuid"]), value).toBeUndefined();
    }
    for (const ms of [Date.UTC(1899, 11, 31), Date.UTC(2200, 0, 1), 8.64e15, -8.64e15]) {
      expect(parseCursor(`0.${ms}.${id}`, ".", ["rank", "millis", "uuid"]), String(ms)).toBeUndefined();
    }
  });

  it("refuses impossible dates, odd offsets and words PostgreSQL would read as dates", () => {
    for (const at of craftedTimestamps) expect(parseCursor(`${at}|${id}`, "|", ["pgTimestamp", "uuid"]), at).toBeUndefined();
  });

  it("refuses a wrong number of parts, bad ids, long values and what is not a string", () => {
    for (const raw of [undefined, null, 42, ["1_1"], {}, "", "_", "1_1_1", "1", `0.1.${id}.x`, `0.1.${id.slice(1)}`, `0.1.${id}x`, `0.1.z${id.slice(1)}`, "1_".padEnd(300, "1")]) {
      expect(parseCursor(raw, "_", ["int4", "int4"]), String(raw)).toBeUndefined();
      expect(parseCursor(raw, ".", ["rank", "millis", "uuid"]), String(raw)).toBeUndefined();
    }
  });

  it("never throws, whatever bytes it is given", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const alphabet = "0123456789-_.|:+ TZaef\u0000\u202e%'\"\\";
    for (let n = 0; n < 5000; n += 1) {
      const raw = Array.from({ length: Math.floor(random() * 60) }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
      for (const decode of [(r: string) => decodeNewsCursor(r), (r: string) => decodeKeyset(r), (r: string) => decodeKeyset(b64(r)), (r: string) => decodeIdeaCursor(r, "time"), (r: string) => decodeIdeaCursor(r, "count")]) {
        const parsed = decode(raw);
        if (parsed && "publishedAt" in parsed) expect(parsed.publishedAt.toISOString()).toMatch(/^\d{4}-/);
      }
    }
  });
});

describe("every list's cursor goes through it", () => {
  it("ideas: a time past year 2200 or a count past int4 starts the list again", () => {
    expect(decodeIdeaCursor("999999999999999_1", "time")).toBeUndefined();
    expect(decodeIdeaCursor("2147483648_1", "count")).toBeUndefined();
    expect(decodeIdeaCursor("1_2147483648", "time")).toBeUndefined();
    const cursor = { value: 1527494400123, id: 12 };
    expect(decodeIdeaCursor(encodeIdeaCursor(cursor), "time")).toEqual(cursor);
    expect(decodeIdeaCursor("42_12", "count")).toEqual({ value: 42, id: 12 });
  });

  it("news and agenda: a publication time out of range starts the list again", () => {
    expect(decodeNewsCursor(`0.999999999999999.${id}`)).toBeNull();
    const cursor = { rank: 2, publishedAt: new Date("2018-05-28T08:00:00.123Z"), id };
    expect(decodeNewsCursor(encodeNewsCursor(cursor))).toEqual(cursor);
  });

  it("users, audit log, outbox: a base64 cursor with an impossible date starts the list again", () => {
    for (const at of craftedTimestamps) expect(decodeKeyset(b64(`${at}|${id}`)), at).toBeUndefined();
    expect(decodeKeyset("!!!")).toBeUndefined();
    const cursor = { at: "2026-12-04 01:23:14.123456+00", id };
    expect(decodeKeyset(encodeKeyset(cursor))).toEqual(cursor);
  });
});
