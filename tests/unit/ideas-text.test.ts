import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { IdeaLine, IdeaText } from "@/components/ideas/idea-text";
import { CSV_BOM, csvCell, csvRow } from "@/lib/csv";
import { decodeCursor, encodeCursor } from "@/lib/ideas/cursor";
import { paragraphs } from "@/lib/ideas/text";

describe("idea text", () => {
  it("makes paragraphs from blank lines and keeps single line breaks inside them", () => {
    expect(paragraphs("Un.\nDeux.\n\n\n  \nTrois.\r\n\r\nQuatre.")).toEqual(["Un.\nDeux.", "Trois.", "Quatre."]);
    expect(paragraphs("\n\n")).toEqual([]);
  });

  it("renders hostile text as text, in its language, never as HTML", () => {
    const hostile = '<script>alert("x")</script>\n\n<img src=x onerror=alert(1)> <a href="javascript:alert(1)">lien</a>';
    const html = renderToStaticMarkup(createElement(IdeaText, { text: hostile, lang: "az" }));
    expect(html).toContain('lang="az"');
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<a ");
    expect(html).toContain("&lt;script&gt;");
    expect(html.match(/<p /g)).toHaveLength(2);
  });

  it("isolates a title so that a right-to-left override cannot turn the page around it", () => {
    const html = renderToStaticMarkup(createElement(IdeaLine, { text: "\u202Eevil", lang: "fr" }));
    expect(html).toMatch(/^<bdi lang="fr" dir="ltr"/);
  });
});

describe("CSV", () => {
  it("quotes commas, quotes and newlines", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell('a, "b"\nc')).toBe('"a, ""b""\nc"');
    expect(csvRow([1, "Şuşa", null, true])).toBe("1,Şuşa,,true\r\n");
  });

  it("neutralises cells a spreadsheet would run as a formula", () => {
    expect(csvCell("=HYPERLINK(\"http://x\")")).toBe("\"'=HYPERLINK(\"\"http://x\"\")\"");
    expect(csvCell("+33 1 23")).toBe("'+33 1 23");
    expect(csvCell("-1+1")).toBe("'-1+1");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\t=1")).toBe("'\t=1");
    expect(csvCell(-3)).toBe("-3");
  });

  it("starts files with a byte order mark", () => {
    expect(CSV_BOM).toBe("\uFEFF");
  });
});

describe("page cursors", () => {
  it("round-trips and refuses anything else", () => {
    expect(decodeCursor(encodeCursor({ value: 1527465600000, id: 42 }), "time")).toEqual({ value: 1527465600000, id: 42 });
    expect(decodeCursor("12_x", "count")).toBeUndefined();
    expect(decodeCursor("1_99999999999", "time")).toBeUndefined();
    expect(decodeCursor(["1_2"], "count")).toBeUndefined();
  });
});
