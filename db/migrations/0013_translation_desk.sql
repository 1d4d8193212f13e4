ALTER TABLE "article_translations" ADD COLUMN "text_revision" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "article_translations" ADD COLUMN "written_against" integer;--> statement-breakpoint
ALTER TABLE "article_translations" ADD COLUMN "written_against_text" text;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "translation_pending" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "articles_translation_desk_idx" ON "articles" USING btree ("published_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE translation_pending;--> statement-breakpoint
-- Articles saved before the desk: a pair of versions counts as written against each other as they are now
-- (the text as lib/news/translation-text.ts writes it), and an article with one version waits for its translation.
UPDATE "article_translations" AS "t" SET "written_against" = "o"."text_revision", "written_against_text" = "o"."title" || E'\n\n' || "o"."summary" || E'\n\n' || "o"."body" FROM "article_translations" AS "o" WHERE "o"."article_id" = "t"."article_id" AND "o"."locale" <> "t"."locale";--> statement-breakpoint
UPDATE "articles" SET "translation_pending" = true WHERE (SELECT count(*) FROM "article_translations" AS "t" WHERE "t"."article_id" = "articles"."id") < 2;
