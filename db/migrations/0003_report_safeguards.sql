ALTER TABLE "users" ADD COLUMN "email_verified_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "idea_reports" ADD COLUMN "rejected_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "ideas" ADD COLUMN "reports_locked_at" timestamp (3) with time zone;--> statement-breakpoint
CREATE INDEX "idea_reports_rejected_idx" ON "idea_reports" USING btree ("reporter_id") WHERE rejected_at is not null;