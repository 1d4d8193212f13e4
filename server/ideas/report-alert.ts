import "server-only";
import { and, inArray, isNull } from "drizzle-orm";
import { createTranslator } from "next-intl";
import type { Tx } from "@/db/client";
import { users } from "@/db/schema";
import type { Locale } from "@/i18n/routing";
import { absoluteUrl } from "@/lib/site-url";
import { editorRoles } from "../roles";
import { queueMail } from "../mail";
import { ideaFollowUpUrl } from "@/lib/ideas/idea-urls";
import { catalogues } from "./catalogues";

type HiddenIdea = { id: number; title: string; reports: number };

/** The mail telling an editor that reports hid an idea, in the editor's language. */
export function hiddenIdeaMail(locale: Locale, name: string, idea: HiddenIdea): { subject: string; body: string } {
  const t = createTranslator({ locale, messages: catalogues[locale], namespace: "IdeaReports.mail" });
  // A subject is one line, whatever the title holds.
  const title = [...idea.title.replace(/\s+/g, " ")].slice(0, 120).join("");
  const body = [
    t("greeting", { name }),
    "",
    t("body", { title: idea.title, count: idea.reports }),
    "",
    t("queue", { url: `${absoluteUrl({ pathname: "/admin/idees" }, locale)}#reported` }),
    t("idea", { url: ideaFollowUpUrl(idea.id, locale) }),
    "",
    t("signature"),
  ];
  return { subject: t("subject", { title }), body: body.join("\n") };
}

/** Tells every editor and admin at once, inside the transaction that hid the idea (nothing is sent if it rolls back). */
export async function alertEditors(tx: Tx, idea: HiddenIdea): Promise<number> {
  const staff = await tx
    .select({ id: users.id, email: users.email, name: users.name, locale: users.preferredLocale })
    .from(users)
    .where(and(inArray(users.role, [...editorRoles]), isNull(users.bannedAt)));
  for (const member of staff) await queueMail(tx, { to: member.email, userId: member.id, locale: member.locale, ...hiddenIdeaMail(member.locale, member.name, idea) });
  return staff.length;
}
