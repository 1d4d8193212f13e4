import "server-only";
import { asc, eq } from "drizzle-orm";
import { eventRegistrations, events } from "@/db/schema";
import type { AccountDataRule } from "../account-data/rule";
import { releaseMemberRegistrations } from "./waitlist";

export const eventRegistrationsRule: AccountDataRule = {
  table: eventRegistrations,
  section: "eventRegistrations",
  export: (tx, user) =>
    tx
      .select({ eventId: eventRegistrations.eventId, status: eventRegistrations.status, createdAt: eventRegistrations.createdAt, promotedAt: eventRegistrations.promotedAt })
      .from(eventRegistrations)
      .where(eq(eventRegistrations.userId, user.id))
      .orderBy(asc(eventRegistrations.createdAt)),
  // Places the member held go to the waiting list (and its first member is told) before the rows go.
  erase: async (tx, user) => {
    await releaseMemberRegistrations(tx, user.id);
    await tx.delete(eventRegistrations).where(eq(eventRegistrations.userId, user.id));
  },
};

// Events keep their author as null (the foreign key does it): they belong to the Cultural Centre.
export const eventsRule: AccountDataRule = {
  table: events,
  section: "eventsEdited",
  export: (tx, user) => tx.select({ id: events.id, createdAt: events.createdAt }).from(events).where(eq(events.createdBy, user.id)),
  erase: async () => {},
};
