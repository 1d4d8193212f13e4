import "server-only";
import { asc, eq, gt, ne, and } from "drizzle-orm";
import { createTranslator } from "next-intl";
import { getDb } from "@/db/client";
import { ideas, users } from "@/db/schema";
import type { Locale } from "@/i18n/routing";
import { CSV_BOM, csvRow } from "@/lib/csv";
import { isEditor, type Caller } from "./access";
import { catalogues } from "./catalogues";

const BATCH = 1000;

async function batchAfter(lastId: number) {
  return getDb()
    .select({
      id: ideas.id,
      title: ideas.title,
      description: ideas.description,
      status: ideas.status,
      hidden: ideas.hiddenAt,
      category: ideas.category,
      language: ideas.language,
      supportCount: ideas.supportCount,
      reportCount: ideas.reportCount,
      showName: ideas.showName,
      authorName: users.name,
      createdAt: ideas.createdAt,
      publishedAt: ideas.publishedAt,
      moderatedAt: ideas.moderatedAt,
      rejectionReason: ideas.rejectionReason,
      publicAnswer: ideas.publicAnswer,
    })
    .from(ideas)
    .leftJoin(users, eq(users.id, ideas.authorId))
    // Withdrawn ideas went back to their authors.
    .where(and(gt(ideas.id, lastId), ne(ideas.status, "withdrawn")))
    .orderBy(asc(ideas.id))
    .limit(BATCH);
}

/**
 * Every idea as CSV (UTF-8 with a BOM), read in batches so that a hundred
 * thousand ideas never sit in memory at once. Editors only.
 */
export function ideasCsvStream(caller: Caller, locale: Locale): ReadableStream<Uint8Array> | null {
  if (!isEditor(caller)) return null;
  const t = createTranslator({ locale, messages: catalogues[locale], namespace: "IdeasAdmin.csv" });
  const tIdeas = createTranslator({ locale, messages: catalogues[locale], namespace: "Ideas" });
  const encoder = new TextEncoder();
  const header = ["id", "title", "description", "status", "hidden", "category", "language", "supports", "reports", "author", "created", "published", "moderated", "reason", "answer"] as const;
  let lastId = 0;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(CSV_BOM + csvRow(header.map((column) => t(column)))));
        return;
      }
      const rows = await batchAfter(lastId);
      if (!rows.length) return controller.close();
      lastId = rows[rows.length - 1].id;
      const text = rows
        .map((idea) =>
          csvRow([
            idea.id,
            idea.title,
            idea.description,
            tIdeas(`statuses.${idea.status}`),
            idea.hidden ? t("yes") : "",
            tIdeas(`categories.${idea.category}`),
            idea.language,
            idea.supportCount,
            idea.reportCount,
            // Authors who chose to stay anonymous stay anonymous here too.
            idea.showName ? idea.authorName : "",
            idea.createdAt,
            idea.publishedAt,
            idea.moderatedAt,
            idea.rejectionReason,
            idea.publicAnswer,
          ]),
        )
        .join("");
      controller.enqueue(encoder.encode(text));
    },
  });
}
