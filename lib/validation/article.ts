import { z } from "zod";
import { organisations, type ArticleStatus, type Organisation } from "@/db/schema";
import type { Locale } from "@/i18n/routing";
import type messages from "@/messages/fr.json";
import { slugify } from "../slug";
import { zonedInputToDate } from "../time-zone";
import { coverSchema } from "./cover";

// Messages are keys of `NewsAdmin.errors`; the action translates them.
export type ArticleErrorKey = keyof (typeof messages)["NewsAdmin"]["errors"];

const versionLocales = ["fr", "az"] as const satisfies readonly Locale[];
type VersionField = "title" | "slug" | "summary" | "body";
export type ArticleField = "organisation" | "status" | "publishedAt" | "cover" | `${VersionField}_${Locale}`;

const text = (max: number, tooLong: ArticleErrorKey) =>
  z
    .string()
    .optional()
    .transform((value) => (value ?? "").replace(/\r\n?/g, "\n").trim())
    .pipe(z.string().max(max, tooLong));

const versionSchemas = {
  title: text(200, "titleTooLong"),
  slug: text(200, "slugInvalid"),
  summary: text(400, "summaryTooLong"),
  body: text(100_000, "bodyTooLong"),
};

const schemas = {
  organisation: z.enum(organisations, { error: "organisationRequired" }),
  status: z.enum(["draft", "published"], { error: "statusInvalid" }),
  publishedAt: text(20, "dateInvalid"),
  cover: coverSchema<ArticleErrorKey>("coverInvalid"),
};

export const articleFields: readonly ArticleField[] = [
  ...(Object.keys(schemas) as (keyof typeof schemas)[]),
  ...versionLocales.flatMap((locale) => (Object.keys(versionSchemas) as VersionField[]).map((field) => `${field}_${locale}` as const)),
];

export type ArticleVersionInput = { title: string; slug: string; summary: string; body: string };
export type ArticleInput = {
  organisation: Organisation;
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
  const fieldErrors: ArticleFieldErrors = {};
  const fail = (field: ArticleField, key: ArticleErrorKey) => (fieldErrors[field] ??= key);
  function read<T>(field: ArticleField, schema: z.ZodType<T>, fallback: T): T {
    const value = formData.get(field);
    const result = schema.safeParse(typeof value === "string" ? value : undefined);
    if (result.success) return result.data;
    fail(field, result.error.issues[0].message as ArticleErrorKey);
    return fallback;
  }

  const organisation = read("organisation", schemas.organisation, "embassy");
  const status = read("status", schemas.status, "draft");
  const dateText = read("publishedAt", schemas.publishedAt, "");
  const cover = read("cover", schemas.cover, "");
  const publishedAt = dateText ? zonedInputToDate(dateText) : null;
  if (dateText && !publishedAt) fail("publishedAt", "dateInvalid");

  const versions: ArticleInput["versions"] = {};
  for (const locale of versionLocales) {
    const title = read(`title_${locale}`, versionSchemas.title, "x");
    const typedSlug = read(`slug_${locale}`, versionSchemas.slug, "x");
    const summary = read(`summary_${locale}`, versionSchemas.summary, "x");
    const body = read(`body_${locale}`, versionSchemas.body, "x");
    if (!title && !summary && !body) continue;
    if (!title) fail(`title_${locale}`, "titleRequired");
    if (!summary) fail(`summary_${locale}`, "summaryRequired");
    if (!body) fail(`body_${locale}`, "bodyRequired");
    const slug = slugify(typedSlug || title);
    if (!slug) fail(`slug_${locale}`, "slugInvalid");
    versions[locale] = { title: title.replace(/\s+/g, " "), slug, summary, body };
  }
  if (Object.keys(versions).length === 0) {
    fail("title_fr", "versionRequired");
    fail("title_az", "versionRequired");
  }
  if (Object.keys(fieldErrors).length) return { success: false, fieldErrors };
  return { success: true, data: { organisation, status, publishedAt, coverImage: cover || null, versions } };
}
