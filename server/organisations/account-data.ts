import "server-only";
import { eq } from "drizzle-orm";
import { userOrganisations } from "@/db/schema";
import type { AccountDataRule } from "../account-data/rule";

// The organisations an editor speaks for, and since when.
export const userOrganisationsRule: AccountDataRule = {
  table: userOrganisations,
  section: "organisations",
  export: (tx, user) =>
    tx.select({ organisation: userOrganisations.organisation, since: userOrganisations.createdAt }).from(userOrganisations).where(eq(userOrganisations.userId, user.id)),
  erase: async (tx, user) => {
    await tx.delete(userOrganisations).where(eq(userOrganisations.userId, user.id));
  },
};
