ALTER TYPE "public"."idea_status" ADD VALUE 'merged';--> statement-breakpoint
DROP INDEX "idea_supports_user_idx";--> statement-breakpoint
ALTER TABLE "ideas" ADD COLUMN "merged_into" integer;--> statement-breakpoint
ALTER TABLE "ideas" ADD CONSTRAINT "ideas_merged_into_ideas_id_fk" FOREIGN KEY ("merged_into") REFERENCES "public"."ideas"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idea_supports_user_created_idx" ON "idea_supports" USING btree ("user_id","created_at","idea_id");--> statement-breakpoint
CREATE INDEX "ideas_merged_into_idx" ON "ideas" USING btree ("merged_into") WHERE merged_into is not null;