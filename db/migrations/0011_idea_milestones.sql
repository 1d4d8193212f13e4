CREATE TYPE "public"."milestone_status" AS ENUM('planned', 'in_progress', 'done', 'abandoned');--> statement-breakpoint
CREATE TABLE "idea_milestones" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "idea_milestones_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"idea_id" integer NOT NULL,
	"happened_on" date NOT NULL,
	"status" "milestone_status" NOT NULL,
	"text_fr" text,
	"text_az" text,
	"reason_fr" text,
	"reason_az" text,
	"photo" varchar(64),
	"photo_alt_fr" varchar(300),
	"photo_alt_az" varchar(300),
	"created_by" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idea_milestones_text_check" CHECK (coalesce(text_fr, text_az) is not null),
	CONSTRAINT "idea_milestones_abandoned_reason_check" CHECK (status <> 'abandoned' or coalesce(reason_fr, reason_az) is not null)
);
--> statement-breakpoint
ALTER TABLE "ideas" ADD COLUMN "progress_status" "milestone_status";--> statement-breakpoint
ALTER TABLE "ideas" ADD COLUMN "milestone_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "ideas" ADD COLUMN "milestones_done" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "idea_milestones" ADD CONSTRAINT "idea_milestones_idea_id_ideas_id_fk" FOREIGN KEY ("idea_id") REFERENCES "public"."ideas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_milestones" ADD CONSTRAINT "idea_milestones_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idea_milestones_timeline_idx" ON "idea_milestones" USING btree ("idea_id","happened_on","id");--> statement-breakpoint
CREATE INDEX "idea_milestones_created_by_idx" ON "idea_milestones" USING btree ("created_by");--> statement-breakpoint
CREATE INDEX "ideas_programme_idx" ON "ideas" USING btree ("published_at","id") WHERE status = 'retained' and hidden_at is null;--> statement-breakpoint
CREATE INDEX "ideas_programme_organisation_idx" ON "ideas" USING btree ("answered_by","published_at","id") WHERE status = 'retained' and hidden_at is null;--> statement-breakpoint
CREATE INDEX "ideas_programme_progress_idx" ON "ideas" USING btree ("progress_status","published_at","id") WHERE status = 'retained' and hidden_at is null;