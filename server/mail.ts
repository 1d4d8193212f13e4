import "server-only";
import type { Db, Tx } from "@/db/client";
import { mailOutbox } from "@/db/schema";

export type Mail = { to: string; subject: string; body: string };

/**
 * Queues a mail in the outbox, inside the caller's transaction so that a
 * rolled-back change sends nothing. Without SMTP_URL the outbox (read by
 * admins) and the log are where mail ends up.
 */
export async function queueMail(db: Db | Tx, mail: Mail): Promise<void> {
  await db.insert(mailOutbox).values(mail);
  console.log(`[mail] to ${mail.to}: ${mail.subject}`);
}
