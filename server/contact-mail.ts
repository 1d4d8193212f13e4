import "server-only";
import { createTranslator } from "next-intl";
import type { Organisation } from "@/db/schema/news";
import type { Locale } from "@/i18n/routing";
import type { ContactInput } from "@/lib/validation/contact";
import { catalogues } from "./ideas/catalogues";

/** The mail that carries a visitor's message to a member of staff, in the staff member's language. */
export function contactMail(locale: Locale, organisation: Organisation, input: ContactInput): { subject: string; body: string } {
  const t = createTranslator({ locale, messages: catalogues[locale], namespace: "Contact.mail" });
  const tOrg = createTranslator({ locale, messages: catalogues[locale], namespace: "News.organisation" });
  // A subject is one line, whatever the visitor typed.
  const subject = [...input.subject.replace(/\s+/g, " ")].slice(0, 120).join("");
  const body = [t("intro", { organisation: tOrg(organisation) }), "", t("from", { name: input.name, email: input.email }), t("about", { subject: input.subject }), "", input.message, "", t("reply")];
  return { subject: t("subject", { organisation: tOrg(organisation), subject }), body: body.join("\n") };
}
