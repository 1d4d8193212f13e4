import "server-only";
import { and, asc, eq, inArray, isNull, lt, or, sql } from "drizzle-orm";
import { createTransport } from "nodemailer";
import { getDb } from "@/db/client";
import { mailOutbox } from "@/db/schema";
import { env } from "@/lib/env";
import { maskMailSecrets } from "@/lib/mail-mask";

/** The part of a nodemailer transport the delivery uses; tests pass their own. */
export type MailTransport = { sendMail(mail: { from: string; to: string; subject: string; text: string }): Promise<unknown> };

export const MAX_ATTEMPTS = 5;
// A claim older than this is taken to belong to an instance that stopped mid-way.
const CLAIM_TIMEOUT_MS = 5 * 60_000;
const BATCH = 20;

/**
 * Sends the outbox's unsent mail. Each run claims a batch first, with row
 * locks that other instances skip, so that two instances never send the
 * same mail. A failure is recorded and retried later, up to MAX_ATTEMPTS.
 */
export async function deliverPendingMail(transport: MailTransport, from: string, now = new Date()): Promise<{ sent: number; failed: number }> {
  const db = getDb();
  const staleClaim = new Date(now.getTime() - CLAIM_TIMEOUT_MS).toISOString();
  const claimable = db
    .select({ id: mailOutbox.id })
    .from(mailOutbox)
    .where(
      and(
        isNull(mailOutbox.sentAt),
        lt(mailOutbox.attempts, MAX_ATTEMPTS),
        or(isNull(mailOutbox.claimedAt), lt(mailOutbox.claimedAt, sql`${staleClaim}::timestamptz`)),
      ),
    )
    .orderBy(asc(mailOutbox.createdAt))
    .limit(BATCH)
    .for("update", { skipLocked: true });
  const claimed = await db
    .update(mailOutbox)
    .set({ claimedAt: now, attempts: sql`${mailOutbox.attempts} + 1` })
    .where(inArray(mailOutbox.id, claimable))
    .returning();

  let sent = 0;
  let failed = 0;
  for (const mail of claimed) {
    try {
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.body });
      // The recipient's mailbox has the live links now; the copy kept here needs none.
      await db.update(mailOutbox).set({ sentAt: new Date(), lastError: null, body: maskMailSecrets(mail.body) }).where(eq(mailOutbox.id, mail.id));
      sent++;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await db.update(mailOutbox).set({ claimedAt: null, lastError: message.slice(0, 500) }).where(eq(mailOutbox.id, mail.id));
      console.error(`[mail] sending to ${mail.to} failed (attempt ${mail.attempts}): ${message}`);
      failed++;
    }
  }
  return { sent, failed };
}

const state = globalThis as typeof globalThis & { portalMailTransport?: MailTransport; portalMailTimer?: NodeJS.Timeout; portalMailRunning?: boolean };

export function smtpConfigured(): boolean {
  return !!env().SMTP_URL;
}

async function runDelivery(): Promise<void> {
  if (!state.portalMailTransport || state.portalMailRunning) return;
  state.portalMailRunning = true;
  try {
    await deliverPendingMail(state.portalMailTransport, env().MAIL_FROM);
  } catch (error) {
    console.error("[mail] delivery run failed:", error instanceof Error ? error.message : error);
  } finally {
    state.portalMailRunning = false;
  }
}

/** At start-up, with SMTP_URL set: sends what is pending, then polls for retries and other instances' mail. */
export function startMailDelivery(): void {
  const url = env().SMTP_URL;
  if (!url || state.portalMailTransport) return;
  state.portalMailTransport = createTransport(url);
  setInterval(() => void runDelivery(), 30_000).unref();
  void runDelivery();
}

/** Sends soon after a mail is queued, once its transaction has had time to commit; the poll catches the rest. */
export function scheduleMailDelivery(): void {
  if (!state.portalMailTransport || state.portalMailTimer) return;
  state.portalMailTimer = setTimeout(() => {
    state.portalMailTimer = undefined;
    void runDelivery();
  }, 1_000);
  state.portalMailTimer.unref();
}
