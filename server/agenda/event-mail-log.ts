import "server-only";
import { desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { mailOutbox } from "@/db/schema";
import { isUuid } from "@/lib/uuid";
import type { CurrentUser } from "@/server/users";
import { canEditAgenda } from "./access";

export type EventMailRow = { id: string; to: string; kind: string | null; subject: string; createdAt: Date; sentAt: Date | null; failedAt: Date | null };

/** Editors only: who was mailed what about an event, and when, the newest first (never the mail's text: it may hold a link). */
export async function listEventMail(caller: CurrentUser | null, eventId: string, limit = 200): Promise<EventMailRow[] | null> {
  if (!canEditAgenda(caller) || !isUuid(eventId)) return null;
  return getDb()
    .select({ id: mailOutbox.id, to: mailOutbox.to, kind: mailOutbox.kind, subject: mailOutbox.subject, createdAt: mailOutbox.createdAt, sentAt: mailOutbox.sentAt, failedAt: mailOutbox.failedAt })
    .from(mailOutbox)
    .where(eq(mailOutbox.eventId, eventId))
    .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
    .limit(limit);
}
