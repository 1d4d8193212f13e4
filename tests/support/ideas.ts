import { randomBytes } from "node:crypto";
import type { Database } from "@/db/client";
import { ideas, users, type NewIdea, type Role } from "@/db/schema";
import type { CurrentUser } from "@/server/users";

/** A user straight in the database, as the ideas layer receives a caller. */
export async function createUser(database: Database, role: Role = "member", preferredLocale: "fr" | "az" = "fr"): Promise<CurrentUser> {
  const tag = randomBytes(4).toString("hex");
  const [row] = await database.db
    .insert(users)
    .values({ email: `${role}-${tag}@example.net`, name: `${role} ${tag}`, role, preferredLocale, passwordHash: "!" })
    .returning();
  return { id: row.id, name: row.name, email: row.email, role: row.role, preferredLocale: row.preferredLocale, createdAt: row.createdAt };
}

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
