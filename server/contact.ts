import "server-only";
import { and, inArray, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import type { Organisation } from "@/db/schema/news";
import type { ContactInput } from "@/lib/validation/contact";
import { contactMail } from "./contact-mail";
import { queueMail } from "./mail";
import type { RequestContext } from "./users";
import { editorRoles } from "./roles";
import { takeAttempt, throttleRules } from "./throttle";

export type ContactResult = { ok: true } | { ok: false; reason: "throttled" };

/**
 * A visitor's message to one organisation, mailed to the staff who speak for
 * it (every active editor and admin: the portal has no per-organisation
 * membership yet) through the outbox. Counted per address and per sender
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
    const staff = await tx
      .select({ id: users.id, email: users.email, name: users.name, locale: users.preferredLocale })
      .from(users)
      .where(and(inArray(users.role, [...editorRoles]), isNull(users.bannedAt)));
    for (const member of staff) await queueMail(tx, { to: member.email, userId: member.id, locale: member.locale, ...contactMail(member.locale, organisation, input) });
  });
  return { ok: true };
}
