import { index, pgTable, primaryKey, timestamp, uuid, varchar, type AnyPgColumn } from "drizzle-orm/pg-core";
import { localeEnum } from "./users";

/**
 * Slugs that a bilingual page (an article, an event) had before an edit, so
 * that old links still lead to it (308). Articles and events get tables of
 * the same shape, so that one piece of code (server/old-slugs.ts) serves both.
 */
export function oldSlugsTable(name: string, ownerColumn: string, owner: () => AnyPgColumn) {
  return pgTable(
    name,
    {
      slug: varchar("slug", { length: 80 }).notNull(),
      locale: localeEnum("locale").notNull(),
      ownerId: uuid(ownerColumn)
        .notNull()
        .references(owner, { onDelete: "cascade" }),
      createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    },
    (t) => [primaryKey({ columns: [t.slug, t.locale] }), index(`${name}_${ownerColumn.replace(/_id$/, "")}_idx`).on(t.ownerId)],
  );
}

export type OldSlugsTable = ReturnType<typeof oldSlugsTable>;
