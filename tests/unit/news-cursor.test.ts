import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "@/lib/news-cursor";

describe("keyset cursor", () => {
  it("round-trips a position", () => {
    const cursor = { rank: 2, publishedAt: new Date("2018-05-28T08:00:00.123Z"), id: "5e1d0a10-3c2b-4f00-9a01-000000000006" };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it("reads anything tampered with as the start of the list", () => {
    for (const value of [undefined, "", "1.2", "x.1.5e1d0a10-3c2b-4f00-9a01-000000000006", "0.1.'; drop table articles;--", "0.99999999999999999.5e1d0a10-3c2b-4f00-9a01-000000000006", "a".repeat(500)]) {
      expect(decodeCursor(value)).toBeNull();
    }
  });
});
