import { describe, expect, it } from "vitest";
import { escapeLike, foldText, searchTerms } from "@/lib/text-fold";

describe("search folding", () => {
  it("folds Şuşa, susa and ŞUŞA alike", () => {
    expect(foldText("Şuşa")).toBe("susa");
    expect(foldText("ŞUŞA")).toBe("susa");
    expect(foldText("susa")).toBe("susa");
  });

  it("handles İ/i and I/ı: JavaScript alone would leave a combining dot on İ", () => {
    expect("İlham".toLowerCase()).not.toBe("ilham");
    expect(foldText("İlham")).toBe("ilham");
    expect(foldText("ILHAM")).toBe("ilham");
    expect(foldText("ılıq QIŞ")).toBe("iliq qis");
  });

  it("drops French diacritics and folds ligatures", () => {
    expect(foldText("Événement")).toBe("evenement");
    expect(foldText("ÉVÉNEMENT à Noël, cœur")).toBe("evenement a noel coeur");
  });

  it("makes any run of punctuation, quotes or emoji a single space", () => {
    expect(foldText("l’été — «Novruz»!!")).toBe("l ete novruz");
    expect(foldText("🎉 Novruz 🎉")).toBe("novruz");
    expect(foldText("%_'\"\\")).toBe("");
  });

  it("survives broken text: lone surrogates and control characters", () => {
    expect(foldText("a\uD800b\u0000c")).toBe("a b c");
  });

  it("splits a search into at most eight unique words of at most 100 letters", () => {
    expect(searchTerms("Şuşa  ŞUŞA susa gecəsi")).toEqual(["susa", "gecesi"]);
    expect(searchTerms("a b c d e f g h i j")).toHaveLength(8);
    expect(searchTerms("x".repeat(2000))).toEqual(["x".repeat(100)]);
    expect(searchTerms("%%% ''' 🎉")).toEqual([]);
  });

  it("escapes LIKE wildcards", () => {
    expect(escapeLike("50%_off\\")).toBe("50\\%\\_off\\\\");
  });
});
