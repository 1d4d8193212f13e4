import "server-only";
import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { eventOrganisers, type Organisation } from "@/db/schema";
import { signersOf } from "@/server/joint/signers";

/** An event's organisers, in the portal's order of the three: its signers (server/joint/signers.ts). */
export async function organisersOf(tx: Tx, eventId: string): Promise<Organisation[]> {
  return signersOf(tx, "event", eventId);
}

export async function saveOrganisers(tx: Tx, eventId: string, wanted: readonly Organisation[]): Promise<void> {
  await tx.delete(eventOrganisers).where(eq(eventOrganisers.eventId, eventId));
  await tx.insert(eventOrganisers).values(wanted.map((organisation) => ({ eventId, organisation })));
}
