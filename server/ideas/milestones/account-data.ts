import "server-only";
import { asc, eq } from "drizzle-orm";
import { ideaMilestones } from "@/db/schema";
import type { AccountDataRule } from "../../account-data/rule";

// Milestones speak for the organisation that retained the idea, not their editor: they stay, the author becomes null.
export const ideaMilestonesRule: AccountDataRule = {
  table: ideaMilestones,
  section: "ideaMilestonesWritten",
  export: (tx, user) =>
    tx
      .select({ id: ideaMilestones.id, ideaId: ideaMilestones.ideaId, createdAt: ideaMilestones.createdAt })
      .from(ideaMilestones)
      .where(eq(ideaMilestones.createdBy, user.id))
      .orderBy(asc(ideaMilestones.createdAt)),
  erase: async () => {},
};
