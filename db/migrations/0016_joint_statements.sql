CREATE TABLE "article_approvals" (
	"article_id" uuid NOT NULL,
	"organisation" "organisation" NOT NULL,
	"approved_by" uuid,
	"approved_at" timestamp with time zone DEFAULT now() NOT NULL,
	"text_hash" varchar(64) NOT NULL,
	CONSTRAINT "article_approvals_article_id_organisation_pk" PRIMARY KEY("article_id","organisation")
);
--> statement-breakpoint
CREATE TABLE "article_cosigners" (
	"article_id" uuid NOT NULL,
	"organisation" "organisation" NOT NULL,
	CONSTRAINT "article_cosigners_article_id_organisation_pk" PRIMARY KEY("article_id","organisation")
);
--> statement-breakpoint
CREATE TABLE "event_approvals" (
	"event_id" uuid NOT NULL,
	"organisation" "organisation" NOT NULL,
	"approved_by" uuid,
	"approved_at" timestamp with time zone DEFAULT now() NOT NULL,
	"text_hash" varchar(64) NOT NULL,
	CONSTRAINT "event_approvals_event_id_organisation_pk" PRIMARY KEY("event_id","organisation")
);
--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "awaiting_approval" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "awaiting_approval" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "article_approvals" ADD CONSTRAINT "article_approvals_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_approvals" ADD CONSTRAINT "article_approvals_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_cosigners" ADD CONSTRAINT "article_cosigners_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_approvals" ADD CONSTRAINT "event_approvals_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_approvals" ADD CONSTRAINT "event_approvals_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "article_approvals_approved_by_idx" ON "article_approvals" USING btree ("approved_by");--> statement-breakpoint
CREATE INDEX "article_cosigners_organisation_idx" ON "article_cosigners" USING btree ("organisation","article_id");--> statement-breakpoint
CREATE INDEX "event_approvals_approved_by_idx" ON "event_approvals" USING btree ("approved_by");