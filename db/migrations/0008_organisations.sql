CREATE TABLE "event_organisers" (
	"event_id" uuid NOT NULL,
	"organisation" "organisation" NOT NULL,
	CONSTRAINT "event_organisers_event_id_organisation_pk" PRIMARY KEY("event_id","organisation")
);
--> statement-breakpoint
CREATE TABLE "user_organisations" (
	"user_id" uuid NOT NULL,
	"organisation" "organisation" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_organisations_user_id_organisation_pk" PRIMARY KEY("user_id","organisation")
);
--> statement-breakpoint
ALTER TABLE "ideas" ADD COLUMN "answered_by" "organisation";--> statement-breakpoint
ALTER TABLE "event_organisers" ADD CONSTRAINT "event_organisers_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_organisations" ADD CONSTRAINT "user_organisations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "event_organisers_organisation_idx" ON "event_organisers" USING btree ("organisation","event_id");--> statement-breakpoint
CREATE INDEX "user_organisations_organisation_idx" ON "user_organisations" USING btree ("organisation","user_id");--> statement-breakpoint
-- hand-written below
-- Events written before organisers existed were the Cultural Centre's (their JSON-LD named it).
INSERT INTO "event_organisers" ("event_id", "organisation") SELECT "id", 'cultural_centre' FROM "events" ON CONFLICT DO NOTHING;--> statement-breakpoint
-- Editors keep what they could do before (speak for all three) until an admin narrows it.
INSERT INTO "user_organisations" ("user_id", "organisation") SELECT u."id", o."organisation" FROM "users" u CROSS JOIN unnest(enum_range(NULL::"organisation")) AS o("organisation") WHERE u."role" = 'editor' ON CONFLICT DO NOTHING;
