import { z } from "zod";
import { organisations, type Organisation } from "@/db/schema/news";
import type { Locale } from "@/i18n/routing";
import { email } from "./auth";

const ticked = z.literal("on").optional();

/** The choices of a subscription form: one checkbox per list and per language, and how often. */
export const subscriptionChoicesSchema = z.object({
  news_embassy: ticked,
  news_ulduz: ticked,
  news_cultural_centre: ticked,
  agenda: ticked,
  lang_fr: ticked,
  lang_az: ticked,
  frequency: z.enum(["each", "weekly"], { error: "frequencyRequired" }),
});

export const subscribeSchema = subscriptionChoicesSchema.extend({
  email,
  // The honeypot: hidden from people, filled in by form-filling robots.
  website: z.string().max(500).optional(),
});

export const subscriptionFields = ["email", "news_embassy", "news_ulduz", "news_cultural_centre", "agenda", "lang_fr", "lang_az", "frequency"] as const;
export type SubscriptionValues = Record<(typeof subscriptionFields)[number], string>;

export type SubscriptionChoices = { organisations: Organisation[]; agenda: boolean; locales: Locale[]; frequency: "each" | "weekly" };

/** The checkboxes as lists; the field errors of a form that chose no list or no language. */
export function readChoices(data: z.infer<typeof subscriptionChoicesSchema>): { choices: SubscriptionChoices; fieldErrors: Record<string, "listRequired" | "languageRequired"> } {
  const choices: SubscriptionChoices = {
    organisations: organisations.filter((o) => data[`news_${o}`] === "on"),
    agenda: data.agenda === "on",
    locales: (["fr", "az"] as const).filter((l) => data[`lang_${l}`] === "on"),
    frequency: data.frequency,
  };
  const fieldErrors: Record<string, "listRequired" | "languageRequired"> = {};
  if (!choices.organisations.length && !choices.agenda) fieldErrors.lists = "listRequired";
  if (!choices.locales.length) fieldErrors.languages = "languageRequired";
  return { choices, fieldErrors };
}

/** A stored subscription as the form's values, to open the form with. */
export function choicesAsValues(choices: SubscriptionChoices): Partial<SubscriptionValues> {
  const values: Partial<SubscriptionValues> = { frequency: choices.frequency };
  for (const o of choices.organisations) values[`news_${o}`] = "on";
  if (choices.agenda) values.agenda = "on";
  for (const l of choices.locales) values[`lang_${l}`] = "on";
  return values;
}
