import "server-only";
import type { Db, Tx } from "@/db/client";
import { mailOutbox } from "@/db/schema";
import { scheduleMailDelivery } from "./mail-delivery";

/**
 * A mail and the member it is for (null only for an address that has no
 * account): "my data" exports a member's mail by this id, never by address,
 * because an address can pass from one account to another.
 */
export type Mail = { to: string; userId: string | null; subject: string; body: string };

/**
 * Queues a mail in the outbox, inside the caller's transaction so that a
 * rolled-back change sends nothing. With SMTP_URL set, a delivery run picks
 * it up shortly after (the outbox keeps it, marked sent, its links masked);
 * without it, the outbox is where mail ends up. Admins read it with every
 * link that carries a token masked (lib/mail-mask.ts), and the log names
 * only the recipient and the subject.
 */
export async function queueMail(db: Db | Tx, mail: Mail): Promise<void> {
  await db.insert(mailOutbox).values(mail);
  console.log(`[mail] to ${mail.to}: ${mail.subject}`);
  scheduleMailDelivery();
}
