import { randomBytes } from "node:crypto";
import type { Database } from "@/db/client";
import { ideas, type NewIdea } from "@/db/schema";

export async function createIdea(database: Database, authorId: string, values: Partial<NewIdea> = {}) {
  const status = values.status ?? "pending";
  const [row] = await database.db
    .insert(ideas)
    .values({
      authorId,
      title: `Idée ${randomBytes(3).toString("hex")}`,
      description: "Une idée assez longue pour être valable.",
      category: "concert",
      language: "fr",
      status,
      publishedAt: status === "published" || status === "retained" ? new Date() : null,
      ...values,
    })
    .returning();
  return row;
}

export const validIdea = {
  title: "Un concert pour le centenaire",
  description: "Un grand concert de musique azerbaïdjanaise à Paris, en mai 2018.",
  category: "concert",
  language: "fr",
  showName: true,
} as const;
