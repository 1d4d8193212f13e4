import { describe, expect, it } from "vitest";
import { bulkModerationSchema, ideaSchema, moderationSchema, parseSelection, reportSchema } from "@/lib/validation/ideas";
import { parseForm } from "@/lib/validation/form";
import messages from "@/messages/fr.json";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

const valid = { title: "Un concert", description: "x".repeat(20), category: "concert", language: "az", visibility: "anonymous" };
const parseIdea = (fields: Record<string, string>) => parseForm(ideaSchema, form(fields), { keys: messages.Ideas.errors, fallback: "formInvalid" });
const parseDecision = (fields: Record<string, string>) => parseForm(moderationSchema, form(fields), { keys: messages.IdeasAdmin.errors, fallback: "formInvalid" });

describe("idea form", () => {
  it("accepts a valid idea and reads the name choice", () => {
    const result = parseIdea(valid);
    expect(result).toEqual({
      success: true,
      data: { title: "Un concert", description: "x".repeat(20), category: "concert", language: "az", visibility: false, website: undefined },
    });
  });

  it("bounds the title to 5..150 and the description to 20..5000 characters, after trimming", () => {
    expect(parseIdea({ ...valid, title: "  abcd   " })).toMatchObject({ fieldErrors: { title: "titleTooShort" } });
    expect(parseIdea({ ...valid, title: "abcde" }).success).toBe(true);
    expect(parseIdea({ ...valid, title: "a".repeat(150) }).success).toBe(true);
    expect(parseIdea({ ...valid, title: "a".repeat(151) })).toMatchObject({ fieldErrors: { title: "titleTooLong" } });
    expect(parseIdea({ ...valid, description: ` ${"d".repeat(19)} ` })).toMatchObject({ fieldErrors: { description: "descriptionTooShort" } });
    expect(parseIdea({ ...valid, description: "d".repeat(5000) }).success).toBe(true);
    expect(parseIdea({ ...valid, description: "d".repeat(5001) })).toMatchObject({ fieldErrors: { description: "descriptionTooLong" } });
  });

  it("counts characters as the database does: Azerbaijani letters and emoji are one each", () => {
    expect(parseIdea({ ...valid, title: "ə".repeat(150) }).success).toBe(true);
    expect(parseIdea({ ...valid, title: "🎻".repeat(150) }).success).toBe(true);
    expect(parseIdea({ ...valid, title: "🎻".repeat(151) })).toMatchObject({ fieldErrors: { title: "titleTooLong" } });
  });

  it("keeps paragraphs, drops control characters and makes the title one line", () => {
    const result = parseIdea({ ...valid, title: "Un\nconcert\u0000 !", description: "Premier paragraphe.\r\n\r\nSecond\u0007 paragraphe." });
    expect(result.success && result.data.title).toBe("Un concert !");
    expect(result.success && result.data.description).toBe("Premier paragraphe.\n\nSecond paragraphe.");
  });

  it("names each missing choice with its own message", () => {
    expect(parseIdea({ title: "Un concert", description: "x".repeat(20) })).toEqual({
      success: false,
      fieldErrors: { category: "categoryRequired", language: "languageRequired", visibility: "visibilityRequired" },
      valid: { title: "Un concert", description: "x".repeat(20) },
    });
    expect(parseIdea({ ...valid, category: "party" })).toMatchObject({ fieldErrors: { category: "categoryRequired" } });
  });

  it("refuses the form when the hidden honeypot field is filled", () => {
    expect(parseIdea({ ...valid, website: "http://spam.example" })).toMatchObject({ fieldErrors: { website: "honeypot" } });
    expect(parseIdea({ ...valid, website: "" }).success).toBe(true);
  });
});

describe("moderation forms", () => {
  it("approves without a note, but rejects only with a reason and retains only with an answer", () => {
    expect(parseDecision({ id: "4", version: "2", decision: "approve" }).success).toBe(true);
    expect(parseDecision({ id: "4", version: "2", decision: "reject", reason: " no " })).toMatchObject({ fieldErrors: { reason: "reasonRequired" } });
    expect(parseDecision({ id: "4", version: "2", decision: "reject", reason: "Hors sujet." }).success).toBe(true);
    expect(parseDecision({ id: "4", version: "2", decision: "retain" })).toMatchObject({ fieldErrors: { answer: "answerRequired" } });
    expect(parseDecision({ id: "4", version: "2", decision: "retain", answer: "a".repeat(2001) })).toMatchObject({ fieldErrors: { answer: "noteTooLong" } });
    // A retained idea's answer is signed: the organisation that gives it is required, and only one of the three.
    expect(parseDecision({ id: "4", version: "2", decision: "retain", answer: "Au programme." })).toMatchObject({ fieldErrors: { organisation: "organisationRequired" } });
    expect(parseDecision({ id: "4", version: "2", decision: "retain", answer: "Au programme.", organisation: "ulduz" }).success).toBe(true);
    expect(parseDecision({ id: "4", version: "2", decision: "retain", answer: "Au programme.", organisation: "mairie" }).success).toBe(false);
  });

  it("refuses ids and decisions it does not know", () => {
    expect(parseDecision({ id: "abc", version: "1", decision: "approve" }).success).toBe(false);
    expect(parseDecision({ id: "1", version: "1", decision: "delete" }).success).toBe(false);
    expect(parseDecision({ id: "99999999999", version: "1", decision: "approve" }).success).toBe(false);
  });

  it("reads a bulk selection as id:version pairs, once each, and ignores the rest", () => {
    expect(parseSelection(["3:1", "5:2", "3:4", "x", "7", "8:9:1"])).toEqual([
      { id: 3, version: 1 },
      { id: 5, version: 2 },
    ]);
    expect(parseForm(bulkModerationSchema, form({ decision: "reject" }), { keys: messages.IdeasAdmin.errors, fallback: "formInvalid" })).toMatchObject({
      fieldErrors: { reason: "reasonRequired" },
    });
  });

  it("accepts the three report reasons only", () => {
    expect(reportSchema.safeParse({ reason: "spam" }).success).toBe(true);
    expect(reportSchema.safeParse({ reason: "boring" }).success).toBe(false);
  });
});
