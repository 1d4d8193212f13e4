DROP INDEX "idea_follows_user_idx";--> statement-breakpoint
ALTER TABLE "idea_comments" ADD COLUMN "merged_from" integer;--> statement-breakpoint
ALTER TABLE "idea_comments" ADD CONSTRAINT "idea_comments_merged_from_ideas_id_fk" FOREIGN KEY ("merged_from") REFERENCES "public"."ideas"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idea_follows_user_created_idx" ON "idea_follows" USING btree ("user_id","created_at","idea_id");