CREATE TYPE "public"."idea_category" AS ENUM('exhibition', 'concert', 'conference', 'publication', 'youth_education', 'sport', 'commemoration', 'other');--> statement-breakpoint
CREATE TYPE "public"."idea_report_reason" AS ENUM('spam', 'offensive', 'off_topic');--> statement-breakpoint
CREATE TYPE "public"."idea_status" AS ENUM('pending', 'published', 'rejected', 'retained', 'withdrawn');--> statement-breakpoint
CREATE TABLE "idea_reports" (
	"idea_id" integer NOT NULL,
	"reporter_id" uuid NOT NULL,
	"reason" "idea_report_reason" NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idea_reports_idea_id_reporter_id_pk" PRIMARY KEY("idea_id","reporter_id")
);
--> statement-breakpoint
CREATE TABLE "idea_supports" (
	"idea_id" integer NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idea_supports_idea_id_user_id_pk" PRIMARY KEY("idea_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "ideas" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "ideas_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"author_id" uuid NOT NULL,
	"title" varchar(150) NOT NULL,
	"description" text NOT NULL,
	"category" "idea_category" NOT NULL,
	"language" "locale" NOT NULL,
	"show_name" boolean DEFAULT true NOT NULL,
	"status" "idea_status" DEFAULT 'pending' NOT NULL,
	"rejection_reason" text,
	"public_answer" text,
	"support_count" integer DEFAULT 0 NOT NULL,
	"report_count" integer DEFAULT 0 NOT NULL,
	"hidden_at" timestamp (3) with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp (3) with time zone,
	"moderated_at" timestamp (3) with time zone,
	"moderated_by" uuid,
	CONSTRAINT "ideas_support_count_check" CHECK (support_count >= 0),
	CONSTRAINT "ideas_published_at_check" CHECK (status not in ('published', 'retained') or published_at is not null)
);
--> statement-breakpoint
ALTER TABLE "idea_reports" ADD CONSTRAINT "idea_reports_idea_id_ideas_id_fk" FOREIGN KEY ("idea_id") REFERENCES "public"."ideas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_reports" ADD CONSTRAINT "idea_reports_reporter_id_users_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_supports" ADD CONSTRAINT "idea_supports_idea_id_ideas_id_fk" FOREIGN KEY ("idea_id") REFERENCES "public"."ideas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_supports" ADD CONSTRAINT "idea_supports_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ideas" ADD CONSTRAINT "ideas_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ideas" ADD CONSTRAINT "ideas_moderated_by_users_id_fk" FOREIGN KEY ("moderated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idea_reports_reporter_idx" ON "idea_reports" USING btree ("reporter_id");--> statement-breakpoint
CREATE INDEX "idea_supports_user_idx" ON "idea_supports" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "ideas_public_supports_idx" ON "ideas" USING btree ("support_count","id") WHERE status in ('published', 'retained') and hidden_at is null;--> statement-breakpoint
CREATE INDEX "ideas_public_newest_idx" ON "ideas" USING btree ("published_at","id") WHERE status in ('published', 'retained') and hidden_at is null;--> statement-breakpoint
CREATE INDEX "ideas_public_category_supports_idx" ON "ideas" USING btree ("category","support_count","id") WHERE status in ('published', 'retained') and hidden_at is null;--> statement-breakpoint
CREATE INDEX "ideas_public_category_newest_idx" ON "ideas" USING btree ("category","published_at","id") WHERE status in ('published', 'retained') and hidden_at is null;--> statement-breakpoint
CREATE INDEX "ideas_pending_queue_idx" ON "ideas" USING btree ("created_at","id") WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX "ideas_hidden_queue_idx" ON "ideas" USING btree ("hidden_at","id") WHERE hidden_at is not null;--> statement-breakpoint
CREATE INDEX "ideas_author_idx" ON "ideas" USING btree ("author_id","created_at");