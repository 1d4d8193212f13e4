import "server-only";
import { eq } from "drizzle-orm";
import type PgBoss from "pg-boss";
import { createTransport, type SendMailOptions } from "nodemailer";
import { getDb } from "@/db/client";
import { queues } from "@/db/job-queues";
import { mailOutbox } from "@/db/schema";
import { env } from "@/lib/env";
import { maskMailSecrets } from "@/lib/mail-mask";

/** The part of a nodemailer transport the delivery uses. */
export type MailTransport = { sendMail(mail: SendMailOptions): Promise<unknown> };

export type MailJob = { mailId: string };
type Attempt = { retryCount: number; retryLimit: number };

export function smtpConfigured(): boolean {
  return !!env().SMTP_URL;
}

/** The SMTP transport of SMTP_URL, signing with DKIM when its three variables are set. */
export function createMailTransport(url: string): MailTransport {
  const { DKIM_DOMAIN, DKIM_SELECTOR, DKIM_PRIVATE_KEY } = env();
  const dkim = DKIM_DOMAIN && DKIM_SELECTOR && DKIM_PRIVATE_KEY ? { domainName: DKIM_DOMAIN, keySelector: DKIM_SELECTOR, privateKey: DKIM_PRIVATE_KEY } : undefined;
  return createTransport(url, dkim ? { dkim } : undefined);
}

function senderDomain(from: string): string {
  return /@([^>\s]+)/.exec(from)?.[1] ?? "localhost";
}

/**
 * Sends one mail of the outbox: the body of a "mail" job. A mail already
 * marked sent is not sent again (a job taken back after its instance
 * stopped), and its Message-ID is the outbox row's, so that a receiving
 * server can tell a copy from a new mail. A failure is recorded on the row
 * and thrown, for pg-boss to retry; after the last attempt the row is marked
 * failed. Without a transport (no SMTP_URL) the mail stays in the outbox.
 */
export async function deliverMail(mailId: string, transport: MailTransport | null, attempt: Attempt, from = env().MAIL_FROM): Promise<"sent" | "kept" | "done"> {
  const db = getDb();
  const [mail] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, mailId));
  if (!mail || mail.sentAt) return "done";
  if (!transport) return "kept";
  try {
    await transport.sendMail({
      from,
      to: mail.to,
      subject: mail.subject,
      text: mail.body,
      html: mail.html ?? undefined,
      headers: mail.headers ?? undefined,
      attachments: mail.attachments ?? undefined,
      messageId: `<${mail.id}@${senderDomain(from)}>`,
    });
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
    const last = attempt.retryCount >= attempt.retryLimit;
    await db
      .update(mailOutbox)
      .set({ attempts: mail.attempts + 1, lastError: message, failedAt: last ? new Date() : null })
      .where(eq(mailOutbox.id, mail.id));
    console.error(`[mail] sending to ${mail.to} failed (attempt ${attempt.retryCount + 1} of ${attempt.retryLimit + 1}): ${message}`);
    throw error;
  }
  // The recipient's mailbox has the live links now; the copy kept here needs none.
  await db
    .update(mailOutbox)
    .set({ sentAt: new Date(), attempts: mail.attempts + 1, lastError: null, failedAt: null, body: maskMailSecrets(mail.body), html: mail.html && maskMailSecrets(mail.html) })
    .where(eq(mailOutbox.id, mail.id));
  return "sent";
}

/**
 * How often an idle instance asks the queue for mail: a mail leaves within half a second of
 * the commit that queued it. Each ask is one indexed `SKIP LOCKED` query; 0.5 s is pg-boss's floor.
 */
export const MAIL_POLLING_SECONDS = 0.5;

/** Makes this instance work the mail queue, one mail at a time; pg-boss's SKIP LOCKED gives each job to one instance. */
export async function workMail(boss: PgBoss, transport: MailTransport | null): Promise<void> {
  await boss.work<MailJob>(queues.mail.name, { includeMetadata: true, pollingIntervalSeconds: MAIL_POLLING_SECONDS }, async ([job]) => {
    await deliverMail(job.data.mailId, transport, job);
  });
}

/** At start-up, once the tables exist: this instance sends mail (or, without SMTP_URL, keeps it in the outbox). */
export async function startMailDelivery(boss: PgBoss): Promise<void> {
  const url = env().SMTP_URL;
  await workMail(boss, url ? createMailTransport(url) : null);
}
