import "server-only";
import { desc, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { mailOutbox, type OutboxMail } from "@/db/schema";
import { decodeCursor, encodeCursor } from "@/lib/keyset";
import { maskMailSecrets } from "@/lib/mail-mask";
import { smtpConfigured } from "./mail-delivery";
import { adminRoles, hasRole } from "./roles";
import type { CurrentUser } from "./users";

export const OUTBOX_PAGE_SIZE = 20;

export type OutboxStatus = "sent" | "pending" | "failed" | "outboxOnly";

export type OutboxItem = Pick<OutboxMail, "id" | "to" | "subject" | "body" | "createdAt" | "sentAt" | "lastError" | "attempts"> & { status: OutboxStatus };

function statusOf(mail: Pick<OutboxMail, "sentAt" | "failedAt">, smtp: boolean): OutboxStatus {
  if (mail.sentAt) return "sent";
  if (mail.failedAt) return "failed";
  return smtp ? "pending" : "outboxOnly";
}

/** Admins only: the newest mail first, a page at a time. */
export async function listOutbox(caller: CurrentUser | null, options: { cursor?: string }): Promise<{ items: OutboxItem[]; nextCursor?: string; smtp: boolean } | null> {
  if (!hasRole(caller, adminRoles)) return null;
  const cursor = decodeCursor(options.cursor);
  const found = await getDb()
    .select({
      id: mailOutbox.id,
      to: mailOutbox.to,
      subject: mailOutbox.subject,
      body: mailOutbox.body,
      createdAt: mailOutbox.createdAt,
      sentAt: mailOutbox.sentAt,
      attempts: mailOutbox.attempts,
      lastError: mailOutbox.lastError,
      failedAt: mailOutbox.failedAt,
      cursorAt: sql<string>`${mailOutbox.createdAt}::text`,
    })
    .from(mailOutbox)
    .where(cursor ? sql`(${mailOutbox.createdAt}, ${mailOutbox.id}) < (${cursor.at}::timestamptz, ${cursor.id}::uuid)` : undefined)
    .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
    .limit(OUTBOX_PAGE_SIZE + 1);
  const smtp = smtpConfigured();
  const page = found.slice(0, OUTBOX_PAGE_SIZE);
  const last = page.at(-1);
  return {
    items: page.map((mail) => ({
      id: mail.id,
      to: mail.to,
      subject: mail.subject,
      // Live links are the recipient's alone: an admin sees that a reset link went out, never the link.
      body: maskMailSecrets(mail.body),
      createdAt: mail.createdAt,
      sentAt: mail.sentAt,
      lastError: mail.lastError,
      attempts: mail.attempts,
      status: statusOf(mail, smtp),
    })),
    nextCursor: found.length > OUTBOX_PAGE_SIZE && last ? encodeCursor({ at: last.cursorAt, id: last.id }) : undefined,
    smtp,
  };
}
