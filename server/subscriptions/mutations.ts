import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/db/client";
import { mailSuppressions, newsSendingRecipients, subscriptions, users, type Subscription } from "@/db/schema";
import type { Locale } from "@/i18n/routing";
import type { SubscriptionChoices } from "@/lib/validation/subscription";
import { queueMail } from "../mail";
import { verifySubscription } from "../signed-links";
import { takeAttempt, throttleRules } from "../throttle";
import type { RequestContext } from "../users";
import { addressHash } from "./links";
import { alreadySubscribedMail, confirmationMail } from "./subscription-mail";

// A confirm link is good for a week after the request.
const CONFIRM_DAYS = 7;

export type SubscribeResult = { ok: true } | { ok: false; reason: "throttled" };

/**
 * A subscription request from the public form, answered the same way whoever
 * owns the address ("check your inbox"): a new or unconfirmed subscription
 * gets its choices and a confirm link; a confirmed one is not changed by a
 * stranger, its owner is mailed a link to manage it instead. Counted per
 * client address and per mailed address before anything is written; a filled
 * honeypot is answered like a success and sends nothing.
 */
export async function requestSubscription(email: string, choices: SubscriptionChoices, locale: Locale, context: RequestContext, honeypot?: string): Promise<SubscribeResult> {
  if (honeypot) return { ok: true };
  const allowed = await takeAttempt([
    { rule: throttleRules.subscribeAddress, value: context.address },
    { rule: throttleRules.subscribeEmail, value: email },
  ]);
  if (!allowed) return { ok: false, reason: "throttled" };
  await getDb().transaction(async (tx) => {
    const [member] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
    const [existing] = await tx.select().from(subscriptions).where(eq(subscriptions.email, email)).for("update");
    if (existing?.confirmedAt) {
      await queueMail(tx, { to: email, userId: member?.id ?? null, locale, kind: "subscription.exists", ...(await alreadySubscribedMail(existing.id, locale)) });
      return;
    }
    const now = new Date();
    const row = { email, userId: member?.id ?? null, ...choices, locale, confirmedAt: null, createdAt: now, updatedAt: now };
    const [saved] = await tx
      .insert(subscriptions)
      .values(row)
      .onConflictDoUpdate({ target: subscriptions.email, set: row })
      .returning({ id: subscriptions.id });
    await queueMail(tx, { to: email, userId: member?.id ?? null, locale, kind: "subscription.confirm", ...(await confirmationMail(saved.id, locale, choices)) });
  });
  return { ok: true };
}

export type LinkState = "valid" | "invalid" | "expired" | "gone" | "done";

/** What a confirm link's page shows before the button is pressed. */
export async function describeConfirmation(token: string, now = new Date()): Promise<LinkState> {
  const id = verifySubscription("confirm", token);
  if (!id) return "invalid";
  const [row] = await getDb().select({ confirmedAt: subscriptions.confirmedAt, createdAt: subscriptions.createdAt }).from(subscriptions).where(eq(subscriptions.id, id));
  if (!row) return "gone";
  if (row.confirmedAt) return "done";
  return row.createdAt.getTime() < now.getTime() - CONFIRM_DAYS * 86_400_000 ? "expired" : "valid";
}

/** The double opt-in's second step; the address leaves the suppression list, since its owner asked again. */
export async function confirmSubscription(token: string, now = new Date()): Promise<LinkState> {
  const state = await describeConfirmation(token, now);
  if (state !== "valid") return state;
  const id = verifySubscription("confirm", token)!;
  return getDb().transaction(async (tx) => {
    const [row] = await tx
      .update(subscriptions)
      .set({ confirmedAt: now, updatedAt: now })
      .where(and(eq(subscriptions.id, id), isNull(subscriptions.confirmedAt)))
      .returning({ email: subscriptions.email });
    if (!row) return "done";
    await tx.delete(mailSuppressions).where(eq(mailSuppressions.emailHash, addressHash(row.email)));
    return "valid";
  });
}

/** The subscription a manage link names (confirmed or not), or null. */
export async function subscriptionOfManageLink(token: string): Promise<Subscription | null> {
  const id = verifySubscription("manage", token);
  if (!id) return null;
  const [row] = await getDb().select().from(subscriptions).where(eq(subscriptions.id, id));
  return row ?? null;
}

/** New choices from a manage link (the link is the proof of ownership: it was mailed to the address). */
export async function updateSubscription(token: string, choices: SubscriptionChoices): Promise<boolean> {
  const id = verifySubscription("manage", token);
  if (!id) return false;
  const updated = await getDb()
    .update(subscriptions)
    .set({ ...choices, updatedAt: new Date() })
    .where(eq(subscriptions.id, id))
    .returning({ id: subscriptions.id });
  return updated.length > 0;
}

/**
 * Ends a subscription for good: the row goes, the address's hash stays (what
 * the law needs to honour the request), and the mails of sendings not yet
 * queued for it are skipped. "gone" when it was already done: the same answer
 * for a repeated click.
 */
export async function unsubscribe(token: string): Promise<"valid" | "invalid" | "gone"> {
  const id = verifySubscription("unsubscribe", token) ?? verifySubscription("manage", token);
  if (!id) return "invalid";
  return getDb().transaction(async (tx) => {
    const [row] = await tx.delete(subscriptions).where(eq(subscriptions.id, id)).returning({ email: subscriptions.email });
    if (!row) return "gone";
    await suppressAddress(tx, row.email);
    return "valid";
  });
}

/** Puts an address on the suppression list and skips what was still to be sent to it. */
export async function suppressAddress(tx: Tx, email: string): Promise<void> {
  await tx.insert(mailSuppressions).values({ emailHash: addressHash(email) }).onConflictDoNothing();
  await tx
    .update(newsSendingRecipients)
    .set({ skipped: true })
    .where(and(eq(newsSendingRecipients.email, email), isNull(newsSendingRecipients.queuedAt)));
}

/** The subscription of a signed-in member: the one on their account's address. */
export async function subscriptionOfMember(caller: { id: string; email: string } | null): Promise<Subscription | null> {
  if (!caller) return null;
  const [row] = await getDb()
    .select()
    .from(subscriptions)
    .where(sql`${subscriptions.userId} = ${caller.id} or ${subscriptions.email} = ${caller.email.toLowerCase()}`);
  return row ?? null;
}

