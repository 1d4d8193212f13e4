import "server-only";
import { createTranslator } from "next-intl";
import type { NotificationKind } from "@/db/schema";
import { routing, type Locale } from "@/i18n/routing";
import { env } from "@/lib/env";
import { ideaUrl } from "@/lib/ideas/idea-urls";
import { catalogues } from "./catalogues";

/**
 * The mail to a follower who asked for them, in their language: what happened,
 * where to read it, and that the rest of the day's news about this idea waits
 * in their account (one mail a day per idea), and how to stop these mails.
 */
export function followMail(locale: Locale, input: { ideaId: number; name: string; title: string; kind: NotificationKind }): { subject: string; body: string } {
  const t = createTranslator({ locale, messages: catalogues[locale] });
  const title = [...input.title.replace(/\s+/g, " ")].slice(0, 120).join("");
  const account = new URL(`/${locale}${routing.pathnames["/compte"][locale]}`, env().SITE_URL).toString();
  const body = [
    t("IdeaMail.greeting", { name: input.name }),
    "",
    t(`Notifications.kinds.${input.kind}`, { title: input.title }),
    "",
    t("IdeaMail.link", { url: ideaUrl(input.ideaId, locale) }),
    "",
    t("IdeaMail.follow.batched"),
    t("IdeaMail.follow.stop", { url: account }),
    "",
    t("IdeaMail.signature"),
  ];
  return { subject: t("IdeaMail.follow.subject", { title }), body: body.join("\n") };
}
