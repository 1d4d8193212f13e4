CREATE TABLE "event_old_slugs" (
	"slug" varchar(80) NOT NULL,
	"locale" "locale" NOT NULL,
	"event_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_old_slugs_slug_locale_pk" PRIMARY KEY("slug","locale")
);
--> statement-breakpoint
ALTER TABLE "event_old_slugs" ADD CONSTRAINT "event_old_slugs_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "event_old_slugs_event_idx" ON "event_old_slugs" USING btree ("event_id");