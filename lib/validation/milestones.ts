import { z } from "zod";
import { milestoneStatuses, type MilestoneStatus } from "@/db/schema/ideas";
import { routing, type Locale } from "@/i18n/routing";
import messages from "@/messages/fr.json";
import { coverSchema } from "./cover";
import { perLocale, typedText } from "./bilingual-form";
import { parseForm } from "./form";

// Messages are keys of `Milestones.errors`; the actions translate them.
export type MilestoneErrorKey = keyof (typeof messages)["Milestones"]["errors"];

export const MILESTONE_TEXT_MAX = 1_000;
export const MILESTONE_REASON_MAX = 500;
export const MILESTONE_ALT_MAX = 300;

type LocaleField = "text" | "reason" | "photoAlt";
export type MilestoneField = "date" | "status" | "photo" | `${LocaleField}_${Locale}`;
export const milestoneFields = ["date", "status", "photo", ...routing.locales.flatMap((l) => (["text", "reason", "photoAlt"] as const).map((f) => `${f}_${l}` as const))] as MilestoneField[];

const localeSchemas: Record<LocaleField, z.ZodType<string>> = {
  text: typedText(MILESTONE_TEXT_MAX, "textTooLong"),
  reason: typedText(MILESTONE_REASON_MAX, "reasonTooLong"),
  photoAlt: typedText(MILESTONE_ALT_MAX, "photoAltTooLong"),
};

const milestoneSchema = z.object({
  date: z
    .string({ error: "dateInvalid" })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "dateInvalid")
    .refine(isCalendarDate, "dateInvalid"),
  status: z.enum(milestoneStatuses, { error: "statusRequired" }),
  photo: coverSchema<MilestoneErrorKey>("photoInvalid"),
  ...perLocale(localeSchemas),
});

/** A real day (no 31 February) between 2000 and 2099: the centenary's plans, not a typo's year 20255. */
function isCalendarDate(value: string): boolean {
  const [year, month, day] = value.split("-").map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 2000 && year <= 2099 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** One milestone as the data layer takes it: a text in one language or both; a reason when abandoned; a photo's description in each language written. */
export type MilestoneInput = {
  date: string;
  status: MilestoneStatus;
  text: Partial<Record<Locale, string>>;
  reason: Partial<Record<Locale, string>>;
  photo: string | null;
  photoAlt: Partial<Record<Locale, string>>;
};
export type MilestoneFieldErrors = Partial<Record<MilestoneField, MilestoneErrorKey>>;

/**
 * Reads the milestone form, every field on its own so that all errors show at
 * once: a text in at least one language, a reason (in one language or both)
 * for an abandoned step, and with a photo its description in each language
 * the step is written in.
 */
export function parseMilestoneForm(formData: FormData): { success: true; data: MilestoneInput } | { success: false; fieldErrors: MilestoneFieldErrors } {
  const parsed = parseForm(milestoneSchema, formData, { keys: messages.Milestones.errors, fallback: "formInvalid" });
  const fieldErrors: MilestoneFieldErrors = parsed.success ? {} : { ...parsed.fieldErrors };
  const fail = (field: MilestoneField, key: MilestoneErrorKey) => (fieldErrors[field] ??= key);
  const fields = parsed.success ? parsed.data : parsed.valid;
  // A field in error stands in with a value that adds no error of its own.
  const read = (field: `${LocaleField}_${Locale}`) => (fieldErrors[field] ? "x" : (fields[field] ?? ""));

  const written = routing.locales.filter((locale) => read(`text_${locale}`));
  if (written.length === 0) fail("text_fr", "textRequired");
  if (fields.status === "abandoned" && routing.locales.every((locale) => !read(`reason_${locale}`))) fail("reason_fr", "reasonRequired");
  if (fields.photo) for (const locale of written) if (!read(`photoAlt_${locale}`)) fail(`photoAlt_${locale}`, "photoAltRequired");
  if (Object.keys(fieldErrors).length > 0 || !parsed.success) return { success: false, fieldErrors };

  const pick = (field: LocaleField, only: readonly Locale[] = routing.locales) => Object.fromEntries(only.flatMap((locale) => (fields[`${field}_${locale}`] ? [[locale, fields[`${field}_${locale}`]]] : [])));
  return {
    success: true,
    data: {
      date: parsed.data.date,
      status: parsed.data.status,
      text: pick("text"),
      // A reason only for an abandoned step; a photo's description only with a photo.
      reason: parsed.data.status === "abandoned" ? pick("reason") : {},
      photo: parsed.data.photo || null,
      photoAlt: parsed.data.photo ? pick("photoAlt", written) : {},
    },
  };
}
