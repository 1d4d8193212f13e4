import "server-only";
import { and, eq, inArray, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { userOrganisations, users } from "@/db/schema";
import type { Organisation } from "@/db/schema/news";
import type { ContactInput } from "@/lib/validation/contact";
import { contactMail } from "./contact-mail";
import { queueMail } from "./mail";
import type { RequestContext } from "./users";
import { adminRoles, editorRoles } from "./roles";
import { takeAttempt, throttleRules } from "./throttle";

export type ContactResult = { ok: true } | { ok: false; reason: "throttled" };

/**
 * A visitor's message to one organisation, mailed through the outbox to the
 * active editors who speak for it (user_organisations), or to the admins
 * when it has none, so that no message is lost. Counted per address and per sender
 * before anything is written; a filled honeypot is answered like a success
 * and sends nothing, so that a robot learns nothing.
 */
export async function sendContactMessage(organisation: Organisation, input: ContactInput, context: RequestContext): Promise<ContactResult> {
  if (input.website) return { ok: true };
  const allowed = await takeAttempt([
    { rule: throttleRules.contactAddress, value: context.address },
    { rule: throttleRules.contactSender, value: input.email },
  ]);
  if (!allowed) return { ok: false, reason: "throttled" };
  await getDb().transaction(async (tx) => {
    const fields = { id: users.id, email: users.email, name: users.name, locale: users.preferredLocale };
    const editors = await tx
      .select(fields)
      .from(userOrganisations)
      .innerJoin(users, eq(users.id, userOrganisations.userId))
      .where(and(eq(userOrganisations.organisation, organisation), inArray(users.role, [...editorRoles]), isNull(users.bannedAt)));
    const staff = editors.length ? editors : await tx.select(fields).from(users).where(and(inArray(users.role, [...adminRoles]), isNull(users.bannedAt)));
    for (const member of staff) await queueMail(tx, { to: member.email, userId: member.id, locale: member.locale, ...contactMail(member.locale, organisation, input) });
  });
  return { ok: true };
}
