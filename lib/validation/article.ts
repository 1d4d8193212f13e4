import { z } from "zod";
import { organisations, type ArticleStatus, type Organisation } from "@/db/schema";
import { routing, type Locale } from "@/i18n/routing";
import messages from "@/messages/fr.json";
import { slugify } from "../slug";
import { zonedInputToDate } from "../time-zone";
import { coverSchema } from "./cover";
import { perLocale, typedText } from "./bilingual-form";
import { parseForm } from "./form";

// Messages are keys of `NewsAdmin.errors`; the action translates them.
export type ArticleErrorKey = keyof (typeof messages)["NewsAdmin"]["errors"];

type VersionField = "title" | "slug" | "summary" | "body" | "coverAlt";
export type ArticleField = "organisation" | "status" | "publishedAt" | "cover" | "revision" | `${VersionField}_${Locale}` | `cosigner_${Organisation}`;

const text = (max: number, tooLong: ArticleErrorKey) => typedText(max, tooLong);

const versionSchemas: Record<VersionField, z.ZodType<string>> = {
  title: text(200, "titleTooLong"),
  slug: text(200, "slugInvalid"),
  summary: text(400, "summaryTooLong"),
  body: text(100_000, "bodyTooLong"),
  coverAlt: text(200, "coverAltTooLong"),
};

const schemas = {
  organisation: z.enum(organisations, { error: "organisationRequired" }),
  status: z.enum(["draft", "published"], { error: "statusInvalid" }),
  publishedAt: text(20, "dateInvalid"),
  cover: coverSchema<ArticleErrorKey>("coverInvalid"),
};

const articleSchema = z.object({ ...schemas, ...perLocale(versionSchemas) });

// The revision the form was opened at travels with the fields and comes back with them (lib/validation/revision.ts).
export const articleFields = [...Object.keys(articleSchema.shape), "revision", ...organisations.map((o) => `cosigner_${o}`)] as ArticleField[];

/** `coverAlt`: what the cover shows, in this language; null without a cover. */
export type ArticleVersionInput = { title: string; slug: string; summary: string; body: string; coverAlt: string | null };
export type ArticleInput = {
  organisation: Organisation;
  /** The other organisations that sign it: a joint statement, live once each approved (server/joint/). */
  cosigners: Organisation[];
  status: ArticleStatus;
  /** null: "now" when published; not set yet for a draft. */
  publishedAt: Date | null;
  coverImage: string | null;
  versions: Partial<Record<Locale, ArticleVersionInput>>;
};
/** The form's fields as typed. */
export type ArticleValues = Record<ArticleField, string>;
export type ArticleFieldErrors = Partial<Record<ArticleField, ArticleErrorKey>>;

/**
 * Reads the editor's form, every field on its own so that all errors show at
 * once. A language version counts as written when it has a title, a summary
 * or a body; then all three are required, and at least one version is. An
 * empty slug is made from the title; a typed one is tidied the same way.
 */
export function parseArticleForm(formData: FormData): { success: true; data: ArticleInput } | { success: false; fieldErrors: ArticleFieldErrors } {
  const parsed = parseForm(articleSchema, formData, { keys: messages.NewsAdmin.errors, fallback: "formInvalid" });
  const fieldErrors: ArticleFieldErrors = parsed.success ? {} : { ...parsed.fieldErrors };
  const fail = (field: ArticleField, key: ArticleErrorKey) => (fieldErrors[field] ??= key);
  // A field in error stands in with a value that adds no error of its own.
  const fields = parsed.success ? parsed.data : parsed.valid;
  const read = (field: `${VersionField}_${Locale}`) => fields[field] ?? "x";

  const dateText = fields.publishedAt ?? "";
  const publishedAt = dateText ? zonedInputToDate(dateText) : null;
  if (dateText && !publishedAt) fail("publishedAt", "dateInvalid");

  const hasCover = Boolean(fields.cover);
  const versions: ArticleInput["versions"] = {};
  for (const locale of routing.locales) {
    const [title, typedSlug, summary, body, coverAlt] = (["title", "slug", "summary", "body", "coverAlt"] as const).map((field) => read(`${field}_${locale}`));
    if (!title && !summary && !body) continue;
    // A cover says what it shows in every language the article is written in.
    if (hasCover && !coverAlt) fail(`coverAlt_${locale}`, "coverAltRequired");
    if (!title) fail(`title_${locale}`, "titleRequired");
    if (!summary) fail(`summary_${locale}`, "summaryRequired");
    if (!body) fail(`body_${locale}`, "bodyRequired");
    const slug = slugify(typedSlug || title);
    if (!slug) fail(`slug_${locale}`, "slugInvalid");
    versions[locale] = { title: title.replace(/\s+/g, " "), slug, summary, body, coverAlt: hasCover ? coverAlt.replace(/\s+/g, " ") : null };
  }
  if (Object.keys(versions).length === 0) {
    fail("title_fr", "versionRequired");
    fail("title_az", "versionRequired");
  }
  if (parsed.success === false || Object.keys(fieldErrors).length) return { success: false, fieldErrors };
  const { organisation, status, cover } = parsed.data;
  const cosigners = organisations.filter((o) => o !== organisation && formData.get(`cosigner_${o}`) === "on");
  return { success: true, data: { organisation, cosigners, status, publishedAt, coverImage: cover || null, versions } };
}
