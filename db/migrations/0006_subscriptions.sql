CREATE TYPE "public"."subscription_frequency" AS ENUM('each', 'weekly');--> statement-breakpoint
CREATE TABLE "digest_recipients" (
	"week" varchar(10) NOT NULL,
	"email" varchar(254) NOT NULL,
	"mail_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"queued_at" timestamp with time zone,
	"skipped" boolean DEFAULT false NOT NULL,
	CONSTRAINT "digest_recipients_week_email_pk" PRIMARY KEY("week","email")
);
--> statement-breakpoint
CREATE TABLE "mail_suppressions" (
	"email_hash" varchar(64) PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "news_sending_recipients" (
	"sending_id" uuid NOT NULL,
	"email" varchar(254) NOT NULL,
	"subscription_id" uuid,
	"mail_id" uuid,
	"queued_at" timestamp with time zone,
	"skipped" boolean DEFAULT false NOT NULL,
	CONSTRAINT "news_sending_recipients_sending_id_email_pk" PRIMARY KEY("sending_id","email")
);
--> statement-breakpoint
CREATE TABLE "news_sendings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"article_id" uuid NOT NULL,
	"requested_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"listed_at" timestamp with time zone,
	CONSTRAINT "news_sendings_article_id_unique" UNIQUE("article_id")
);
--> statement-breakpoint
CREATE TABLE "subscriptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" varchar(254) NOT NULL,
	"user_id" uuid,
	"organisations" "organisation"[] DEFAULT '{}' NOT NULL,
	"agenda" boolean DEFAULT false NOT NULL,
	"locales" "locale"[] NOT NULL,
	"frequency" "subscription_frequency" DEFAULT 'each' NOT NULL,
	"locale" "locale" NOT NULL,
	"confirmed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "subscriptions_email_unique" UNIQUE("email"),
	CONSTRAINT "subscriptions_something" CHECK (cardinality("subscriptions"."organisations") > 0 or "subscriptions"."agenda"),
	CONSTRAINT "subscriptions_locales" CHECK (cardinality("subscriptions"."locales") > 0)
);
--> statement-breakpoint
ALTER TABLE "digest_recipients" ADD CONSTRAINT "digest_recipients_mail_id_mail_outbox_id_fk" FOREIGN KEY ("mail_id") REFERENCES "public"."mail_outbox"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_sending_recipients" ADD CONSTRAINT "news_sending_recipients_sending_id_news_sendings_id_fk" FOREIGN KEY ("sending_id") REFERENCES "public"."news_sendings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_sending_recipients" ADD CONSTRAINT "news_sending_recipients_subscription_id_subscriptions_id_fk" FOREIGN KEY ("subscription_id") REFERENCES "public"."subscriptions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_sending_recipients" ADD CONSTRAINT "news_sending_recipients_mail_id_mail_outbox_id_fk" FOREIGN KEY ("mail_id") REFERENCES "public"."mail_outbox"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_sendings" ADD CONSTRAINT "news_sendings_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_sendings" ADD CONSTRAINT "news_sendings_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "digest_recipients_pending_idx" ON "digest_recipients" USING btree ("week") WHERE queued_at is null;--> statement-breakpoint
CREATE INDEX "news_sending_recipients_pending_idx" ON "news_sending_recipients" USING btree ("sending_id") WHERE queued_at is null;--> statement-breakpoint
CREATE INDEX "news_sendings_pending_idx" ON "news_sendings" USING btree ("listed_at");--> statement-breakpoint
CREATE INDEX "subscriptions_user_idx" ON "subscriptions" USING btree ("user_id");