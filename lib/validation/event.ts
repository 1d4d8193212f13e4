import { z } from "zod";
import { eventCategories, organisations, type EventCategory, type EventStatus, type Organisation } from "@/db/schema";
import { routing, type Locale } from "@/i18n/routing";
import messages from "@/messages/fr.json";
import { parsePriceInput } from "../agenda/price";
import { slugify } from "../slug";
import { zonedInputToDate } from "../time-zone";
import { perLocale, typedText } from "./bilingual-form";
import { coverSchema } from "./cover";
import { parseForm } from "./form";

// Messages are keys of `AgendaAdmin.errors`; the action translates them.
export type EventErrorKey = keyof (typeof messages)["AgendaAdmin"]["errors"];

type VersionField = "title" | "slug" | "summary" | "place" | "body" | "coverAlt";
type EventField = "organisers" | `organiser_${Organisation}` | "category" | "status" | "startsAt" | "endsAt" | "capacity" | "price" | "registrationClosesAt" | "reminderHours" | "cover" | "revision" | `${VersionField}_${Locale}`;

const text = (max: number, tooLong: EventErrorKey) => typedText(max, tooLong);

const versionSchemas: Record<VersionField, z.ZodType<string>> = {
  title: text(200, "titleTooLong"),
  slug: text(200, "slugInvalid"),
  summary: text(400, "summaryTooLong"),
  place: text(200, "placeTooLong"),
  body: text(50_000, "bodyTooLong"),
  coverAlt: text(200, "coverAltTooLong"),
};

const schemas = {
  category: z.enum(eventCategories, { error: "categoryRequired" }),
  status: z.enum(["draft", "published"], { error: "statusInvalid" }),
  startsAt: text(20, "dateInvalid"),
  endsAt: text(20, "dateInvalid"),
  registrationClosesAt: text(20, "dateInvalid"),
  capacity: text(7, "capacityInvalid").refine((value) => value === "" || /^\d{1,6}$/.test(value), "capacityInvalid"),
  price: text(20, "priceInvalid"),
  // Hours before the start that registrants are reminded; empty: no reminder. At most 30 days.
  reminderHours: text(4, "reminderHoursInvalid").refine((value) => value === "" || (/^\d{1,3}$/.test(value) && Number(value) >= 1 && Number(value) <= 720), "reminderHoursInvalid"),
  cover: coverSchema<EventErrorKey>("coverInvalid"),
};

const eventSchema = z.object({ ...schemas, ...perLocale(versionSchemas) });

// The revision the form was opened at travels with the fields and comes back with them (lib/validation/revision.ts).
// Each organiser is a checkbox of its own (`organiser_embassy`…), so that a refused form comes back ticked as sent.
export const organiserField = (organisation: Organisation) => `organiser_${organisation}` as const;
export const eventFields = [...Object.keys(eventSchema.shape), ...organisations.map(organiserField), "revision"] as EventField[];

/** `coverAlt`: what the cover shows, in this language; null without a cover. */
export type EventVersionInput = { title: string; slug: string; summary: string; place: string; body: string; coverAlt: string | null };
export type EventInput = {
  /** One or more; the data layer checks that the editor speaks for the ones they set. */
  organisers: Organisation[];
  category: EventCategory;
  status: EventStatus;
  startsAt: Date;
  endsAt: Date;
  /** null: no registration. */
  capacity: number | null;
  /** In euro cents; 0: free; null: not stated. */
  priceCents: number | null;
  /** null: registration closes at the start. */
  registrationClosesAt: Date | null;
  /** Hours before the start that registrants get a reminder; null: none. */
  reminderHours: number | null;
  /** The generated name of an uploaded image; null: no cover. */
  coverImage: string | null;
  versions: Partial<Record<Locale, EventVersionInput>>;
};
export type EventFieldErrors = Partial<Record<EventField, EventErrorKey>>;

/**
 * Reads the editor's form, every field on its own so that all errors show at
 * once. Times are typed in Paris time. A language version counts as written
 * when any of its fields is filled; then title, summary and place are
 * required, and at least one version is. An empty slug is made from the title.
 */
export function parseEventForm(formData: FormData): { success: true; data: EventInput } | { success: false; fieldErrors: EventFieldErrors } {
  const parsed = parseForm(eventSchema, formData, { keys: messages.AgendaAdmin.errors, fallback: "formInvalid" });
  const fieldErrors: EventFieldErrors = parsed.success ? {} : { ...parsed.fieldErrors };
  const fail = (field: EventField, key: EventErrorKey) => (fieldErrors[field] ??= key);
  // A field in error stands in with a value that adds no error of its own.
  const fields = parsed.success ? parsed.data : parsed.valid;
  function readTime(field: "startsAt" | "endsAt" | "registrationClosesAt", required: boolean): Date | null {
    const typed = fields[field] ?? "x";
    if (!typed) {
      if (required) fail(field, "dateRequired");
      return null;
    }
    const date = zonedInputToDate(typed);
    if (!date) fail(field, "dateInvalid");
    return date;
  }

  const startsAt = readTime("startsAt", true);
  const endsAt = readTime("endsAt", true);
  const registrationClosesAt = readTime("registrationClosesAt", false);
  const capacityText = fields.capacity ?? "";
  const capacity = capacityText ? Number(capacityText) : null;
  if (capacity === 0) fail("capacity", "capacityInvalid");
  const priceCents = parsePriceInput(fields.price ?? "");
  if (priceCents === "invalid") fail("price", "priceInvalid");
  const hasCover = Boolean(fields.cover);
  if (startsAt && endsAt && endsAt <= startsAt) fail("endsAt", "endBeforeStart");
  if (startsAt && registrationClosesAt && registrationClosesAt > startsAt) fail("registrationClosesAt", "closingAfterStart");
  if (registrationClosesAt && capacity === null) fail("registrationClosesAt", "closingWithoutCapacity");

  const organisers = organisations.filter((organisation) => formData.get(organiserField(organisation)) === "on");
  if (!organisers.length) fail("organisers", "organisersRequired");

  const versions: EventInput["versions"] = {};
  for (const locale of routing.locales) {
    const [title, typedSlug, summary, place, body, coverAlt] = (["title", "slug", "summary", "place", "body", "coverAlt"] as const).map((field) => fields[`${field}_${locale}`] ?? "x");
    if (!title && !summary && !place && !body && !typedSlug) continue;
    // A cover says what it shows in every language the event is written in.
    if (hasCover && !coverAlt) fail(`coverAlt_${locale}`, "coverAltRequired");
    if (!title) fail(`title_${locale}`, "titleRequired");
    if (!summary) fail(`summary_${locale}`, "summaryRequired");
    if (!place) fail(`place_${locale}`, "placeRequired");
    const slug = slugify(typedSlug || title);
    if (!slug) fail(`slug_${locale}`, "slugInvalid");
    versions[locale] = { title: title.replace(/\s+/g, " "), slug, summary, place: place.replace(/\s+/g, " "), body, coverAlt: hasCover ? coverAlt.replace(/\s+/g, " ") : null };
  }
  if (Object.keys(versions).length === 0) {
    fail("title_fr", "titleInOneLanguage");
    fail("title_az", "titleInOneLanguage");
  }
  if (parsed.success === false || Object.keys(fieldErrors).length || !startsAt || !endsAt || priceCents === "invalid") return { success: false, fieldErrors };
  const { category, status, cover, reminderHours } = parsed.data;
  return { success: true, data: { organisers, category, status, startsAt, endsAt, capacity, priceCents, registrationClosesAt, reminderHours: reminderHours ? Number(reminderHours) : null, coverImage: cover || null, versions } };
}
