import "server-only";
import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { eventOrganisers, organisations, type Organisation } from "@/db/schema";

/** An event's organisers, in the portal's order of the three. */
export async function organisersOf(tx: Tx, eventId: string): Promise<Organisation[]> {
  const rows = await tx.select({ organisation: eventOrganisers.organisation }).from(eventOrganisers).where(eq(eventOrganisers.eventId, eventId));
  const set = new Set(rows.map((row) => row.organisation));
  return organisations.filter((organisation) => set.has(organisation));
}

export async function saveOrganisers(tx: Tx, eventId: string, wanted: readonly Organisation[]): Promise<void> {
  await tx.delete(eventOrganisers).where(eq(eventOrganisers.eventId, eventId));
  await tx.insert(eventOrganisers).values(wanted.map((organisation) => ({ eventId, organisation })));
}
