import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { env } from "@/lib/env";
import { recordAudit } from "../audit";
import { confirmPassword } from "../profile";
import { lockAdmins } from "../user-admin";
import type { CurrentUser, RequestContext } from "../users";
import { accountDataRules } from "./registry";

export type AccountExport = { portal: string; exportedAt: string } & Record<string, unknown>;

/** Everything the portal holds about the caller, one section per table. */
export async function exportAccountData(caller: CurrentUser | null): Promise<AccountExport | null> {
  if (!caller) return null;
  return getDb().transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, caller.id));
    if (!user) return null;
    const data: AccountExport = { portal: env().SITE_URL, exportedAt: new Date().toISOString() };
    for (const rule of accountDataRules) {
      if (rule.export) data[rule.section] = await rule.export(tx, user);
    }
    return data;
  });
}

export type DeleteResult = { ok: true } | { ok: false; reason: "unauthorized" | "wrongPassword" | "throttled" | "lastAdmin" };

/**
 * Deletes the caller's account after checking their password: every rule
 * erases or anonymises its table, then the user row goes, which ends the
 * sessions. All in one transaction; the last admin cannot leave.
 */
export async function deleteOwnAccount(caller: CurrentUser | null, password: string, context: RequestContext): Promise<DeleteResult> {
  if (!caller) return { ok: false, reason: "unauthorized" };
  const confirmed = await confirmPassword(caller, password, context);
  if (confirmed !== "ok") return { ok: false, reason: confirmed === "wrong" ? "wrongPassword" : "throttled" };
  const ordered = [...accountDataRules.filter((rule) => rule.table !== users), ...accountDataRules.filter((rule) => rule.table === users)];
  return getDb().transaction(async (tx): Promise<DeleteResult> => {
    const admins = await lockAdmins(tx);
    if (admins.includes(caller.id) && admins.length <= 1) return { ok: false, reason: "lastAdmin" };
    const [user] = await tx.select().from(users).where(eq(users.id, caller.id)).for("update");
    if (!user) return { ok: false, reason: "unauthorized" };
    // No personal data in the entry: the id alone says which account went.
    await recordAudit(tx, { actorId: null, action: "user.delete", targetType: "user", targetId: user.id });
    for (const rule of ordered) await rule.erase(tx, user);
    return { ok: true };
  });
}
