-- Folds text for the admin's search of members, in SQL so that PostgreSQL keeps
-- users.search_key itself, whoever writes a row: lower case, and the letters
-- of Azerbaijani and French to plain Latin (Ə→e, ı→i, ş→s, é→e…). Upper-case
-- letters are listed too, as lower() leaves them alone under the C locale.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE OR REPLACE FUNCTION portal_fold(value text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT translate(lower(value), 'əıçğöşüàâäáãåæéèêëîïíìôóòõœøùûúñÿƏİÇĞÖŞÜÀÂÄÁÃÅÆÉÈÊËÎÏÍÌÔÓÒÕŒØÙÛÚÑŸ', 'eicgosuaaaaaaaeeeeiiiioooooouuunyeicgosuaaaaaaaeeeeiiiioooooouuuny') $$;--> statement-breakpoint
DROP INDEX "users_created_at_idx";--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "search_key" text GENERATED ALWAYS AS (portal_fold(name || ' ' || email)) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "users_created_at_id_idx" ON "users" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "users_search_key_trgm_idx" ON "users" USING gin ("search_key" gin_trgm_ops);
