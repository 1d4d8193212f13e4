import "server-only";
import type { Db, Tx } from "@/db/client";
import { mailOutbox } from "@/db/schema";
import { scheduleMailDelivery } from "./mail-delivery";

export type Mail = { to: string; subject: string; body: string };

/**
 * Queues a mail in the outbox, inside the caller's transaction so that a
 * rolled-back change sends nothing. With SMTP_URL set, a delivery run picks
 * it up shortly after (the outbox keeps it, marked sent); without it, the
 * outbox (read by admins) and the log are where mail ends up.
 */
export async function queueMail(db: Db | Tx, mail: Mail): Promise<void> {
  await db.insert(mailOutbox).values(mail);
  console.log(`[mail] to ${mail.to}: ${mail.subject}`);
  scheduleMailDelivery();
}
