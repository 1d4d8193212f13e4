import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, varchar } from "drizzle-orm/pg-core";
import { oldSlugsTable } from "./old-slugs";
import { localeEnum, users } from "./users";

// The organisations that speak to the community through the portal.
export const organisationEnum = pgEnum("organisation", ["embassy", "ulduz", "cultural_centre"]);
export type Organisation = (typeof organisationEnum.enumValues)[number];
export const organisations = organisationEnum.enumValues;

// "Scheduled" is not a status: it is a published article whose date is still to come.
export const articleStatusEnum = pgEnum("article_status", ["draft", "published"]);
export type ArticleStatus = (typeof articleStatusEnum.enumValues)[number];
export const articleStatuses = articleStatusEnum.enumValues;

export const articles = pgTable(
  "articles",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisation: organisationEnum("organisation").notNull(),
    status: articleStatusEnum("status").notNull().default("draft"),
    // Millisecond precision, like JavaScript dates, so that keyset cursors compare exactly.
    publishedAt: timestamp("published_at", { withTimezone: true, precision: 3 }),
    coverImage: varchar("cover_image", { length: 64 }),
    // Bumped by every edit: a save made on a form opened at an older revision is refused (server/news/mutations.ts).
    revision: integer("revision").notNull().default(0),
    // A version is missing, or may be out of date (server/news/translation-sync.ts): kept with each save, for the translation desk's index.
    translationPending: boolean("translation_pending").notNull().default(false),
    // A joint statement asked to be published, waiting for the approval of another signer (server/joint/):
    // it stays a draft until the last one approves; `published_at` keeps the date asked for (null: at that approval).
    awaitingApproval: boolean("awaiting_approval").notNull().default(false),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Newest first, by keyset: the public list, the feeds and the admin list.
    // NULLS FIRST is what a plain `order by ... desc` asks for, so the index serves it.
    index("articles_published_at_idx").on(t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index("articles_drafts_idx").on(t.updatedAt).where(sql`status = 'draft'`),
    index("articles_organisation_idx").on(t.organisation, t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    // The translation desk: the few articles waiting for a translation, newest first, without reading the others.
    index("articles_translation_desk_idx").on(t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst()).where(sql`translation_pending`),
    check("articles_published_has_date", sql`${t.status} = 'draft' or ${t.publishedAt} is not null`),
  ],
);

// One row per language version. The search columns hold the folded text
// (lib/text-fold.ts), computed when the version is saved.
export const articleTranslations = pgTable(
  "article_translations",
  {
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    locale: localeEnum("locale").notNull(),
    slug: varchar("slug", { length: 80 }).notNull(),
    title: varchar("title", { length: 200 }).notNull(),
    summary: varchar("summary", { length: 400 }).notNull(),
    body: text("body").notNull(),
    // What the cover shows, in this language; required by the editor when the article has a cover.
    coverAlt: varchar("cover_alt", { length: 200 }),
    searchTitle: text("search_title").notNull(),
    searchText: text("search_text").notNull(),
    // Bumped when the title, summary or body changes (not the slug): what the other version is written against.
    textRevision: integer("text_revision").notNull().default(1),
    // The other version's text_revision this one was written against, and its text then (for the desk's diff);
    // null when there was no other version. Older than the other's revision: this version may be out of date.
    writtenAgainst: integer("written_against"),
    writtenAgainstText: text("written_against_text"),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.locale] }),
    // Slug first: it also serves "is this slug used in any language?".
    uniqueIndex("article_translations_slug_key").on(t.slug, t.locale),
    // Full-text search by word starts ("musiq" finds "musiqi"); server/news/public-list.ts writes the same expression.
    // An expression, not a stored column: computing it is what makes a scan look as dear to the planner as it is.
    index("article_translations_search_idx").using("gin", sql`to_tsvector('simple', ${t.searchTitle} || ' ' || ${t.searchText})`),
    // The editors' list finds an article by any part of its title (LIKE '%…%', served by trigrams; pg_trgm, migration 0001).
    index("article_translations_search_title_trgm_idx").using("gin", t.searchTitle.op("gin_trgm_ops")),
  ],
);

// Slugs an article had before an edit, so that old links still lead to it (308).
export const articleOldSlugs = oldSlugsTable("article_old_slugs", "article_id", () => articles.id);

export type Article = typeof articles.$inferSelect;
export type ArticleTranslation = typeof articleTranslations.$inferSelect;
