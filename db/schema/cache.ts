import { bigint, pgTable, varchar } from "drizzle-orm/pg-core";

/**
 * When each cache tag was last invalidated (Unix ms), for instances that keep
 * their page cache in memory (no REDIS_URL): every instance loads this table
 * and follows it through LISTEN/NOTIFY, so a change on one instance expires
 * the pages cached by the others. Written and read by cache-handler.mjs only.
 */
export const cacheTagInvalidations = pgTable("cache_tag_invalidations", {
  tag: varchar("tag", { length: 1024 }).primaryKey(),
  staleAt: bigint("stale_at", { mode: "number" }),
  expiredAt: bigint("expired_at", { mode: "number" }),
});
