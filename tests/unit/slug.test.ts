import { describe, expect, it } from "vitest";
import { isSlug, slugify, SLUG_MAX_LENGTH } from "@/lib/slug";

describe("slugs", () => {
  it("transliterates every Azerbaijani letter, lower and upper case", () => {
    expect(slugify("ə ı ş ç ğ ö ü")).toBe("e-i-s-c-g-o-u");
    expect(slugify("Ə I İ Ş Ç Ğ Ö Ü")).toBe("e-i-i-s-c-g-o-u");
    expect(slugify("Muğam gecəsi: Şuşanın səsləri Parisdə")).toBe("mugam-gecesi-susanin-sesleri-parisde");
    expect(slugify("İLHAM ƏLİYEV QIŞ")).toBe("ilham-eliyev-qis");
  });

  it("drops French accents and ligatures, and turns punctuation into single hyphens", () => {
    expect(slugify("L'Événement de l'été : « Noël » à Paris !")).toBe("l-evenement-de-l-ete-noel-a-paris");
    expect(slugify("Cœur et œuvre")).toBe("coeur-et-oeuvre");
    expect(slugify("  --Déjà   vu--  ")).toBe("deja-vu");
  });

  it("keeps digits and gives nothing for text without letters or digits", () => {
    expect(slugify("28 May 2018: 100 illik")).toBe("28-may-2018-100-illik");
    expect(slugify("🎉 !!! ???")).toBe("");
  });

  it("cuts a long title at a word boundary", () => {
    const slug = slugify("Azərbaycan Xalq Cümhuriyyətinin yüzilliyi ".repeat(5));
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(slug.endsWith("-")).toBe(false);
    expect(slug.startsWith("azerbaycan-xalq-cumhuriyyetinin-yuzilliyi-azerbaycan")).toBe(true);
    expect(slugify("a".repeat(200))).toHaveLength(SLUG_MAX_LENGTH);
  });

  it("recognises what it makes and nothing else", () => {
    expect(isSlug("susa-gunleri-2018")).toBe(true);
    expect(isSlug("Şuşa")).toBe(false);
    expect(isSlug("a--b")).toBe(false);
    expect(isSlug("-a")).toBe(false);
    expect(isSlug("../etc/passwd")).toBe(false);
    expect(isSlug("")).toBe(false);
  });
});
