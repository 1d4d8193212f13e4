import { readdirSync, readFileSync } from "node:fs";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { HighlightedText } from "@/components/search/highlighted-text";
import { searchKey, searchKeySqlFunction, searchKeyTerms, termMatches } from "@/lib/search/search-key";
import { readSearchParams } from "@/lib/search/search-params";

/** Each line: spellings a reader may type for the same word, the Latin Azerbaijani one first. */
const sameWord: string[][] = [
  ["Azərbaycan", "Azerbaycan", "AZƏRBAYCAN", "Азәрбајҹан", "АЗӘРБАЈҸАН", "Азербайджан"],
  ["Şuşa", "Susa", "Shusha", "SHUSHA", "Шуша", "şuşa"],
  ["Qəbələ", "Gabala", "Qabala", "Гәбәлә", "Габала"],
  ["Naxçıvan", "Nakhchivan", "Naxcivan", "Нахчыван"],
  ["Şəki", "Sheki", "Seki", "Шәки", "Шеки"],
  ["Bakı", "Baki", "Бакы"],
  ["Xankəndi", "Khankendi", "Ханкәнди"],
  ["Novruz", "Новруз"],
  ["Muğam", "Mugam", "Mugham", "Муғам", "Мугам"],
  ["xalça", "khalcha", "halca", "халча"],
  ["çay", "chay", "чај", "чай"],
  ["gənclik", "genclik", "ҝәнҹлик"],
  ["yüzillik", "yuzillik", "јүзиллик"],
  ["İlham", "ilham", "ILHAM", "Илһам"],
  ["müəllim", "muellim", "мүәллим"],
  ["jurnal", "журнал"],
  ["Événement", "evenement", "ÉVÉNEMENT", "e\u0301ve\u0301nement"],
  ["cœur", "coeur"],
];

describe("search key", () => {
  it.each(sameWord)("reads every spelling of %s alike", (latin, ...others) => {
    const key = searchKey(latin);
    expect(key).toMatch(/^[a-z0-9]+$/);
    for (const other of others) expect(searchKey(other), other).toBe(key);
  });

  it("keeps different words apart", () => {
    const words = ["Şuşa", "Qəbələ", "Bakı", "Gəncə", "Naxçıvan", "Novruz", "kitab", "musiqi", "sergi", "konsert", "tarix", "xalça"];
    expect(new Set(words.map(searchKey)).size).toBe(words.length);
  });

  it("makes words of a-z and 0-9 of any text, signs and emoji between them dropped", () => {
    expect(searchKey("  «Şuşa» — 2026!! 🎉 l’été ")).toBe("susa 2026 l ata");
    expect(searchKey("<script>alert(1)</script>")).toBe("script alart 1 script");
    expect(searchKey("%_'\"\\ ;--")).toBe("");
    expect(searchKey("a\uD800b\u0000c")).toBe("a b c");
  });

  it("turns a search into at most eight distinct terms, none longer than 60 letters", () => {
    expect(searchKeyTerms("Şuşa SHUSHA Шуша gecəsi")).toEqual(["susa", "gacasi"]);
    expect(searchKeyTerms("a b c d e f g h i j k")).toHaveLength(8);
    expect(searchKeyTerms("x".repeat(5000))).toEqual(["h".repeat(60)]);
    expect(searchKeyTerms("!!! 🎉")).toEqual([]);
  });

  it("is the key of the search_key() function of the migration, generated from the same tables", () => {
    // Found by name, not number: the migration's number depends on what was merged before it.
    const folder = new URL("../../db/migrations/", import.meta.url);
    const [file] = readdirSync(folder).filter((name) => name.endsWith("_search_everything.sql"));
    const migration = readFileSync(new URL(file, folder), "utf8");
    expect(migration).toContain(searchKeySqlFunction());
  });
});

describe("search page parameters", () => {
  it("reads a kind and a page, and anything unknown as the first page of every kind", () => {
    expect(readSearchParams({ q: " Şuşa ", kind: "events", page: "3" })).toEqual({ query: "Şuşa", kind: "events", page: 3 });
    expect(readSearchParams({ q: "x", kind: "users", page: "3" })).toEqual({ query: "x", kind: undefined, page: 1 });
    expect(readSearchParams({ q: "x", kind: "news", page: "-1" })).toEqual({ query: "x", kind: "news", page: 1 });
    expect(readSearchParams({ q: "x", kind: "news", page: "999" })).toEqual({ query: "x", kind: "news", page: 50 });
    expect(readSearchParams({ q: ["a", "b"], kind: ["ideas"], page: "1e9" })).toEqual({ query: "a", kind: "ideas", page: 1 });
  });
});

describe("highlighting", () => {
  const render = (text: string, query: string) => renderToStaticMarkup(createElement(HighlightedText, { text, terms: searchKeyTerms(query) }));

  it("marks the words found, whatever the script the search was typed in", () => {
    expect(render("Şuşa musiqi günləri", "Шуша")).toBe("<mark class=\"rounded-sm bg-amber-100 px-0.5 text-inherit\">Şuşa</mark> musiqi günləri");
    expect(render("Qəbələ festivalı, Qəbələdə", "gabala")).toMatch(/^<mark[^>]*>Qəbələ<\/mark> festivalı, <mark[^>]*>Qəbələdə<\/mark>$/);
  });

  it("marks a term of one or two letters only as a whole word, as the search finds it", () => {
    expect(termMatches("su", "susa")).toBe(false);
    expect(termMatches("su", "su")).toBe(true);
    expect(termMatches("sus", "susa")).toBe(true);
    expect(render("Şuşa su", "su")).toMatch(/^Şuşa <mark[^>]*>su<\/mark>$/);
  });

  it("never renders markup from the text or the search", () => {
    const html = render('<img src=x onerror="alert(1)"> Şuşa <script>alert(2)</script>', "<script>alert(1)</script> susa");
    expect(html).not.toMatch(/<(img|script)/);
    expect(html).toContain("&lt;img src=x onerror=&quot;<mark");
    expect(html).toContain("&lt;<mark class=\"rounded-sm bg-amber-100 px-0.5 text-inherit\">script</mark>&gt;");
  });
});
