import { describe, expect, it } from "vitest";
import { parseArticleForm } from "@/lib/validation/article";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

const french = { title_fr: "Soirée mugham", summary_fr: "Un résumé.", body_fr: "Le texte." };

describe("the article form", () => {
  it("accepts one language version and makes its slug from the title", () => {
    const parsed = parseArticleForm(form({ organisation: "cultural_centre", status: "published", ...french }));
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    expect(parsed.data.versions).toEqual({ fr: { title: "Soirée mugham", slug: "soiree-mugham", summary: "Un résumé.", body: "Le texte.", coverAlt: null } });
    expect(parsed.data.publishedAt).toBeNull();
    expect(parsed.data.coverImage).toBeNull();
  });

  it("tidies a typed slug the way it makes one", () => {
    const parsed = parseArticleForm(form({ organisation: "ulduz", status: "draft", title_az: "Şuşa", slug_az: "Şuşa Günləri!", summary_az: "Qısa.", body_az: "Mətn." }));
    expect(parsed.success && parsed.data.versions.az?.slug).toBe("susa-gunleri");
  });

  it("reads the date as Paris time", () => {
    const parsed = parseArticleForm(form({ organisation: "embassy", status: "published", publishedAt: "2018-05-28T10:00", ...french }));
    expect(parsed.success && parsed.data.publishedAt?.toISOString()).toBe("2018-05-28T08:00:00.000Z");
  });

  it("reports every error at once, next to its field", () => {
    const parsed = parseArticleForm(form({ status: "archived", publishedAt: "demain", cover: "../../etc/passwd", title_az: "Başlıq", slug_fr: "x", body_fr: "" }));
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(parsed.fieldErrors).toEqual({
      organisation: "organisationRequired",
      status: "statusInvalid",
      publishedAt: "dateInvalid",
      cover: "coverInvalid",
      summary_az: "summaryRequired",
      body_az: "bodyRequired",
    });
  });

  it("asks for at least one version", () => {
    const parsed = parseArticleForm(form({ organisation: "embassy", status: "draft", slug_fr: "only-a-slug" }));
    expect(!parsed.success && parsed.fieldErrors).toEqual({ title_fr: "versionRequired", title_az: "versionRequired" });
  });

  it("refuses a title that is too long and a slug with no letter", () => {
    const parsed = parseArticleForm(form({ organisation: "embassy", status: "draft", ...french, title_fr: "x".repeat(201), title_az: "🎉", summary_az: "a", body_az: "b" }));
    expect(!parsed.success && parsed.fieldErrors).toEqual({ title_fr: "titleTooLong", slug_az: "slugInvalid" });
  });
});

describe("the article's cover description", () => {
  const cover = "5e1d0a10-3c2b-4f00-9b01-000000000001.webp";
  it("is required in each language written when a cover is set, and kept", () => {
    const both = { ...french, title_az: "Muğam axşamı", summary_az: "Qısa.", body_az: "Mətn." };
    expect(parseArticleForm(form({ organisation: "embassy", status: "draft", cover, ...both, coverAlt_fr: "Le trio sur scène." }))).toMatchObject({
      success: false,
      fieldErrors: { coverAlt_az: "coverAltRequired" },
    });
    const parsed = parseArticleForm(form({ organisation: "embassy", status: "draft", cover, ...both, coverAlt_fr: "Le trio sur scène.", coverAlt_az: "Səhnədə trio." }));
    expect(parsed.success && parsed.data.versions.fr?.coverAlt).toBe("Le trio sur scène.");
  });
});
