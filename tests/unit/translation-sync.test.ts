import { describe, expect, it } from "vitest";
import { markdownBlocks, renderMarkdown } from "@/lib/markdown";
import { textChanges } from "@/lib/news/translation-diff";
import { syncTranslations, translationText, type SavedVersion } from "@/lib/news/translation-sync";

const fr = { title: "Novruz", summary: "La fête.", body: "Le feu." };
const az = { title: "Novruz", summary: "Bayram.", body: "Tonqal." };
const saved = (text: typeof fr, textRevision: number, writtenAgainst: number | null): SavedVersion => ({ ...text, textRevision, writtenAgainst });

describe("which version was written against which", () => {
  it("a new pair is current both ways; one version alone waits for its translation", () => {
    expect(syncTranslations({}, { fr, az })).toEqual({
      columns: { fr: { textRevision: 1, writtenAgainst: 1, writtenAgainstText: translationText(az) }, az: { textRevision: 1, writtenAgainst: 1, writtenAgainstText: translationText(fr) } },
      pending: false,
    });
    expect(syncTranslations({}, { fr })).toEqual({ columns: { fr: { textRevision: 1, writtenAgainst: null, writtenAgainstText: null } }, pending: true });
  });

  it("a changed French text leaves the Azerbaijani one behind, keeping what it was written against", () => {
    const result = syncTranslations({ fr: saved(fr, 1, 1), az: saved(az, 1, 1) }, { fr: { ...fr, body: "Le grand feu." }, az });
    expect(result.columns.az).toEqual({ textRevision: 1, writtenAgainst: 1 });
    expect(result.columns.fr).toMatchObject({ textRevision: 2, writtenAgainst: 1 });
    expect(result.pending).toBe(true);
  });

  it("the translation catching up puts both in step, and does not flag the original in return", () => {
    const result = syncTranslations({ fr: saved(fr, 2, 1), az: saved(az, 1, 1) }, { fr, az: { ...az, body: "Böyük tonqal." } });
    expect(result.columns.az).toMatchObject({ textRevision: 2, writtenAgainst: 2 });
    expect(result.columns.fr).toMatchObject({ textRevision: 2, writtenAgainst: 2 });
    expect(result.pending).toBe(false);
  });

  it("\"up to date\" ticked: the unchanged version is written against the other as it is", () => {
    const result = syncTranslations({ fr: saved(fr, 2, 1), az: saved(az, 1, 1) }, { fr, az }, ["az"]);
    expect(result.columns.az).toEqual({ textRevision: 1, writtenAgainst: 2, writtenAgainstText: translationText(fr) });
    expect(result.pending).toBe(false);
  });
});

describe("what the translator reads", () => {
  it("the words added and taken away, as plain text", () => {
    expect(textChanges("Le feu est allumé.", "Le grand feu est allumé <b>ce soir</b>.")).toEqual([
      { kind: "same", text: "Le " },
      { kind: "added", text: "grand " },
      { kind: "same", text: "feu est allumé " },
      { kind: "added", text: "<b>ce soir</b>" },
      { kind: "same", text: "." },
    ]);
  });

  it("a body as its blocks, each rendered alone and sanitized", () => {
    const blocks = markdownBlocks("## Programme\n\nLe feu.\n\n- danse\n- musique\n\n<img src=x onerror=alert(1)>");
    expect(blocks).toEqual(["## Programme", "Le feu.", "- danse\n- musique", "<img src=x onerror=alert(1)>"]);
    expect(blocks.map(renderMarkdown).join("")).not.toMatch(/onerror|<img/);
  });
});
