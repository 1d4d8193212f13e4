import "server-only";
import { randomUUID } from "node:crypto";
import type { Db, Tx } from "@/db/client";
import { drizzleJobSql } from "@/db/job-sql";
import { queues } from "@/db/job-queues";
import { mailOutbox, type MailAttachment, type Organisation } from "@/db/schema";
import type { Locale } from "@/i18n/routing";
import { getBoss } from "./jobs/boss";
import { renderTextMailHtml } from "./mail-render";

/**
 * A mail and the member it is for (null only for an address that has no
 * account): "my data" exports a member's mail by this id, never by address,
 * because an address can pass from one account to another.
 */
export type Mail = {
  to: string;
  userId: string | null;
  /** The recipient's language: the mail's words, its HTML frame and its links are in it. */
  locale: Locale;
  /** The organisation that speaks, named under the portal's name. */
  organisation?: Organisation;
  subject: string;
  /** The event the mail is about, and what kind of mail it is (db/schema/mail.ts). */
  eventId?: string;
  kind?: string;
  /** The text part, written for a plain-text client. */
  body: string;
  /** The HTML part (react-email); by default, the text's words in the portal's frame (server/mail-render.tsx). */
  html?: string;
  headers?: Record<string, string>;
  attachments?: MailAttachment[];
};

/**
 * Records a mail in the outbox and queues the job that sends it, both inside
 * the caller's transaction: a rolled-back change sends nothing, a committed
 * one is sent even if this instance stops right after (another one takes the
 * job). Without SMTP_URL the job only marks the mail as kept in the outbox.
 * Admins read it with every link that carries a token masked
 * (lib/mail-mask.ts), and the log names only the recipient and the subject.
 */
export async function queueMail(db: Db | Tx, mail: Mail): Promise<string> {
  const jobId = randomUUID();
  const { locale, organisation, ...stored } = mail;
  const html = mail.html ?? (await renderTextMailHtml({ locale, organisation, preview: mail.subject }, mail.body));
  const [row] = await db.insert(mailOutbox).values({ ...stored, html, jobId }).returning({ id: mailOutbox.id });
  const sent = await getBoss().send(queues.mail.name, { mailId: row.id }, { id: jobId, db: drizzleJobSql(db) });
  // Only a missing queue (migrations not applied) gives no job: the change must not commit without its mail.
  if (!sent) throw new Error(`the ${queues.mail.name} queue does not exist`);
  console.log(`[mail] to ${mail.to}: ${mail.subject}`);
  return row.id;
}
