import "server-only";
import { createTranslator } from "next-intl";
import type { IdeaStatus } from "@/db/schema";
import { routing, type Locale } from "@/i18n/routing";
import { env } from "@/lib/env";
import { ideaUrl } from "@/lib/ideas/idea-urls";
import { catalogues } from "./catalogues";

type StatusMailInput = { id: number; name: string; title: string; status: IdeaStatus; reason?: string; answer?: string };

/** The mail telling an author their idea's new status, in the author's language. */
export function ideaStatusMail(locale: Locale, input: StatusMailInput): { subject: string; body: string } {
  const t = createTranslator({ locale, messages: catalogues[locale], namespace: "IdeaMail" });
  const kind = input.status === "rejected" ? "rejected" : input.status === "retained" ? "retained" : "published";
  const lines = [
    t("greeting", { name: input.name }),
    "",
    t(`${kind}.body`, { title: input.title }),
  ];
  if (kind === "rejected" && input.reason) lines.push("", t("reasonLabel"), input.reason);
  if (kind === "retained" && input.answer) lines.push("", t("answerLabel"), input.answer);
  lines.push("", t("link", { url: kind === "rejected" ? accountUrl(locale) : ideaUrl(input.id, locale) }), "", t("signature"));
  // A subject is one line, whatever the title holds.
  return { subject: t(`${kind}.subject`, { title: [...input.title.replace(/\s+/g, " ")].slice(0, 120).join("") }), body: lines.join("\n") };
}

function accountUrl(locale: Locale): string {
  return new URL(`/${locale}${routing.pathnames["/compte"][locale]}`, env().SITE_URL).toString();
}

/** The mail telling an author their idea was merged into another (a duplicate), in the author's language. */
export function ideaMergedMail(locale: Locale, input: { name: string; title: string; into: { id: number; title: string } }): { subject: string; body: string } {
  const t = createTranslator({ locale, messages: catalogues[locale], namespace: "IdeaMail" });
  const body = [t("greeting", { name: input.name }), "", t("merged.body", { title: input.title, into: input.into.title }), "", t("link", { url: ideaUrl(input.into.id, locale) }), "", t("signature")];
  return { subject: t("merged.subject", { title: [...input.title.replace(/\s+/g, " ")].slice(0, 120).join("") }), body: body.join("\n") };
}
