import "server-only";
import { eq, isNull, and, count } from "drizzle-orm";
import { recoveryCodes, secondFactors } from "@/db/schema";
import type { AccountDataRule } from "../account-data/rule";

// Whether and since when an authenticator guards the account; never the sealed secret.
export const secondFactorRule: AccountDataRule = {
  table: secondFactors,
  section: "secondFactor",
  export: (tx, user) =>
    tx.select({ createdAt: secondFactors.createdAt, confirmedAt: secondFactors.confirmedAt }).from(secondFactors).where(eq(secondFactors.userId, user.id)),
  erase: async (tx, user) => {
    await tx.delete(secondFactors).where(eq(secondFactors.userId, user.id));
  },
};

// How many recovery codes are left; never their hashes.
export const recoveryCodesRule: AccountDataRule = {
  table: recoveryCodes,
  section: "recoveryCodes",
  export: async (tx, user) => {
    const [row] = await tx.select({ unused: count() }).from(recoveryCodes).where(and(eq(recoveryCodes.userId, user.id), isNull(recoveryCodes.usedAt)));
    return { unused: row?.unused ?? 0 };
  },
  erase: async (tx, user) => {
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
  },
};
