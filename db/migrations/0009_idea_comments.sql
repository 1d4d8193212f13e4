CREATE TABLE "idea_comment_reports" (
	"comment_id" integer NOT NULL,
	"reporter_id" uuid NOT NULL,
	"reason" "idea_report_reason" NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"rejected_at" timestamp (3) with time zone,
	CONSTRAINT "idea_comment_reports_comment_id_reporter_id_pk" PRIMARY KEY("comment_id","reporter_id")
);
--> statement-breakpoint
CREATE TABLE "idea_comments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "idea_comments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"idea_id" integer NOT NULL,
	"parent_id" integer,
	"author_id" uuid,
	"by_editor" boolean DEFAULT false NOT NULL,
	"body" text NOT NULL,
	"language" "locale" NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"edited_at" timestamp (3) with time zone,
	"deleted_at" timestamp (3) with time zone,
	"hidden_at" timestamp (3) with time zone,
	"hidden_reason" varchar(500),
	"hidden_by" uuid,
	"official_at" timestamp (3) with time zone,
	"report_count" integer DEFAULT 0 NOT NULL,
	"reports_locked_at" timestamp (3) with time zone,
	CONSTRAINT "idea_comments_not_own_parent" CHECK (parent_id is null or parent_id <> id)
);
--> statement-breakpoint
ALTER TABLE "ideas" ADD COLUMN "comment_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "idea_comment_reports" ADD CONSTRAINT "idea_comment_reports_comment_id_idea_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."idea_comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_comment_reports" ADD CONSTRAINT "idea_comment_reports_reporter_id_users_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_comments" ADD CONSTRAINT "idea_comments_idea_id_ideas_id_fk" FOREIGN KEY ("idea_id") REFERENCES "public"."ideas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_comments" ADD CONSTRAINT "idea_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_comments" ADD CONSTRAINT "idea_comments_hidden_by_users_id_fk" FOREIGN KEY ("hidden_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_comments" ADD CONSTRAINT "idea_comments_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."idea_comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idea_comment_reports_reporter_idx" ON "idea_comment_reports" USING btree ("reporter_id","created_at");--> statement-breakpoint
CREATE INDEX "idea_comments_thread_idx" ON "idea_comments" USING btree ("idea_id","created_at","id") WHERE parent_id is null;--> statement-breakpoint
CREATE INDEX "idea_comments_replies_idx" ON "idea_comments" USING btree ("parent_id","created_at","id") WHERE parent_id is not null;--> statement-breakpoint
CREATE INDEX "idea_comments_official_idx" ON "idea_comments" USING btree ("idea_id") WHERE official_at is not null;--> statement-breakpoint
CREATE INDEX "idea_comments_hidden_idx" ON "idea_comments" USING btree ("hidden_at","id") WHERE hidden_at is not null;--> statement-breakpoint
CREATE INDEX "idea_comments_reported_idx" ON "idea_comments" USING btree ("report_count","id") WHERE report_count > 0 and hidden_at is null and reports_locked_at is null;--> statement-breakpoint
CREATE INDEX "idea_comments_author_idx" ON "idea_comments" USING btree ("author_id","created_at");--> statement-breakpoint
CREATE INDEX "ideas_public_discussed_idx" ON "ideas" USING btree ("comment_count","id") WHERE status in ('published', 'retained') and hidden_at is null;--> statement-breakpoint
CREATE INDEX "ideas_public_category_discussed_idx" ON "ideas" USING btree ("category","comment_count","id") WHERE status in ('published', 'retained') and hidden_at is null;