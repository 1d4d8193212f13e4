ALTER TABLE "article_translations" ADD COLUMN "cover_alt" varchar(200);--> statement-breakpoint
ALTER TABLE "event_translations" ADD COLUMN "cover_alt" varchar(200);--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "price_cents" integer;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_price_not_negative" CHECK ("events"."price_cents" is null or "events"."price_cents" >= 0);