import { z } from "zod";
import { ideaCategories, ideaReportReasons } from "@/db/schema/ideas";
import { organisations } from "@/db/schema/news";
import { cleanText, cleanTitle, textLength } from "@/lib/ideas/text";
import type messages from "@/messages/fr.json";

// Messages are keys of `Ideas.errors` and `IdeasAdmin.errors`; the actions translate them.
export type IdeaErrorKey = keyof (typeof messages)["Ideas"]["errors"];
export type ModerationErrorKey = keyof (typeof messages)["IdeasAdmin"]["errors"];

export const TITLE_MIN = 5;
export const TITLE_MAX = 150;
export const DESCRIPTION_MIN = 20;
export const DESCRIPTION_MAX = 5000;
export const NOTE_MIN = 5;
export const NOTE_MAX = 2000;

const between = (min: number, max: number, short: string, long: string, clean: (v: string) => string) =>
  z
    .string({ error: short })
    .transform(clean)
    .refine((v) => textLength(v) >= min, short)
    .refine((v) => textLength(v) <= max, long);

export const ideaSchema = z.object({
  title: between(TITLE_MIN, TITLE_MAX, "titleTooShort", "titleTooLong", cleanTitle),
  description: between(DESCRIPTION_MIN, DESCRIPTION_MAX, "descriptionTooShort", "descriptionTooLong", cleanText),
  category: z.enum(ideaCategories, { error: "categoryRequired" }),
  language: z.enum(["fr", "az"], { error: "languageRequired" }),
  visibility: z.enum(["named", "anonymous"], { error: "visibilityRequired" }).transform((v) => v === "named"),
  // The honeypot: hidden from people, filled by bots.
  website: z.string().max(0, "honeypot").optional(),
});

export type IdeaInput = Omit<z.infer<typeof ideaSchema>, "visibility" | "website"> & { showName: boolean };

export function toIdeaInput(data: z.infer<typeof ideaSchema>): IdeaInput {
  const { visibility, title, description, category, language } = data;
  return { title, description, category, language, showName: visibility };
}

const positiveInt = z
  .string()
  .regex(/^\d{1,10}$/)
  .transform(Number)
  .refine((n) => n >= 1 && n <= 2_147_483_647);

const optionalNote = z
  .string()
  .optional()
  .transform((v) => cleanText(v ?? ""));

export const moderationDecisions = ["approve", "reject", "retain"] as const;
export type ModerationDecisionKind = (typeof moderationDecisions)[number];

export const moderationSchema = z
  .object({
    id: positiveInt,
    version: positiveInt,
    decision: z.enum(moderationDecisions),
    reason: optionalNote,
    answer: optionalNote,
    // The organisation that gives a retained idea's answer and signs it; the data layer checks it is the editor's.
    organisation: z.enum(organisations, { error: "organisationRequired" }).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.decision === "retain" && !value.organisation) ctx.addIssue({ code: "custom", path: ["organisation"], message: "organisationRequired" });
    const field = value.decision === "reject" ? "reason" : value.decision === "retain" ? "answer" : undefined;
    if (!field) return;
    const length = textLength(value[field]);
    if (length < NOTE_MIN) ctx.addIssue({ code: "custom", path: [field], message: field === "reason" ? "reasonRequired" : "answerRequired" });
    else if (length > NOTE_MAX) ctx.addIssue({ code: "custom", path: [field], message: "noteTooLong" });
  });

export type ModerationInput = z.infer<typeof moderationSchema>;

/** Merging a duplicate (`id`, at the `version` the editor saw) into the idea numbered `into`. */
export const mergeSchema = z.object({
  id: positiveInt,
  version: positiveInt,
  into: z
    .string({ error: "mergeTargetRequired" })
    // "n° 42", "#42" or "42": the number is what counts.
    .transform((value) => value.trim().replace(/^(n°|no|#|№)\s*/i, ""))
    .pipe(
      z
        .string()
        .min(1, "mergeTargetRequired")
        .regex(/^\d{1,10}$/, "mergeTargetInvalid")
        .transform(Number)
        .refine((n) => n >= 1 && n <= 2_147_483_647, "mergeTargetInvalid"),
    ),
});

/** Bulk moderation: each selected idea travels as "id:version". */
export function parseSelection(values: FormDataEntryValue[]): { id: number; version: number }[] {
  const seen = new Set<number>();
  const out: { id: number; version: number }[] = [];
  for (const value of values.slice(0, 200)) {
    const match = typeof value === "string" ? /^(\d{1,10}):(\d{1,10})$/.exec(value) : null;
    if (!match) continue;
    const id = Number(match[1]);
    const version = Number(match[2]);
    if (id > 2_147_483_647 || version > 2_147_483_647 || seen.has(id)) continue;
    seen.add(id);
    out.push({ id, version });
  }
  return out;
}

export const bulkModerationSchema = z
  .object({ decision: z.enum(["approve", "reject"]), reason: optionalNote })
  .superRefine((value, ctx) => {
    if (value.decision !== "reject") return;
    const length = textLength(value.reason);
    if (length < NOTE_MIN) ctx.addIssue({ code: "custom", path: ["reason"], message: "reasonRequired" });
    else if (length > NOTE_MAX) ctx.addIssue({ code: "custom", path: ["reason"], message: "noteTooLong" });
  });

export const reportSchema = z.object({ reason: z.enum(ideaReportReasons, { error: "reportReasonRequired" }) });

export const ideaIdSchema = positiveInt;
