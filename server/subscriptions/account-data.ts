import "server-only";
import { and, eq, isNull, or } from "drizzle-orm";
import { newsSendingRecipients, newsSendings, subscriptions } from "@/db/schema";
import type { AccountDataRule } from "../account-data/rule";

const ofMember = (user: { id: string; email: string }) => or(eq(subscriptions.userId, user.id), eq(subscriptions.email, user.email.toLowerCase()));

// The member's subscription (on their account or their address): in "my data", and gone with the account, with what was still to be sent.
export const subscriptionsRule: AccountDataRule = {
  table: subscriptions,
  section: "subscriptions",
  export: (tx, user) =>
    tx
      .select({ email: subscriptions.email, organisations: subscriptions.organisations, agenda: subscriptions.agenda, locales: subscriptions.locales, frequency: subscriptions.frequency, confirmedAt: subscriptions.confirmedAt, createdAt: subscriptions.createdAt })
      .from(subscriptions)
      .where(ofMember(user)),
  erase: async (tx, user) => {
    const gone = await tx.delete(subscriptions).where(ofMember(user)).returning({ email: subscriptions.email });
    for (const { email } of gone) await tx.delete(newsSendingRecipients).where(and(eq(newsSendingRecipients.email, email), isNull(newsSendingRecipients.queuedAt)));
  },
};

// Sendings an editor started keep going without their name (the foreign key sets it null).
export const newsSendingsRule: AccountDataRule = {
  table: newsSendings,
  section: "newsSendingsRequested",
  export: (tx, user) => tx.select({ articleId: newsSendings.articleId, createdAt: newsSendings.createdAt }).from(newsSendings).where(eq(newsSendings.requestedBy, user.id)),
  erase: async () => {},
};
