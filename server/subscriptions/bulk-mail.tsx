import "server-only";
import { Link } from "@react-email/components";
import type { Organisation, Subscription } from "@/db/schema";
import type { Locale } from "@/i18n/routing";
import { mailColours } from "@/emails/mail-layout";
import type { Mail } from "../mail";
import { renderTextMailHtml } from "../mail-render";
import { bulkMailHeaders, manageUrl, unsubscribePageUrl } from "./links";
import { subscriptionMailText } from "./subscription-mail";

/** One language version of an article, as a subscriber's mail shows it. */
export type ArticleVersion = { locale: Locale; title: string; summary: string; url: string };

type Recipient = Pick<Subscription, "id" | "email" | "userId" | "locale">;

/**
 * A bulk mail to a subscriber (an article, a digest): the text, the same in
 * the portal's frame, a footer that says why it came with links to manage
 * and to unsubscribe, and RFC 8058's List-Unsubscribe headers.
 */
export async function bulkMail(recipient: Recipient, kind: "news.article" | "news.digest", subject: string, body: string, organisation?: Organisation): Promise<Mail> {
  const { locale } = recipient;
  const t = subscriptionMailText(locale);
  const manage = manageUrl(recipient.id, locale);
  const leave = unsubscribePageUrl(recipient.id, locale);
  const text = `${body}\n\n-- \n${t("bulkFooter")}\n${t("manage")}: ${manage}\n${t("unsubscribe")}: ${leave}`;
  const link = { color: mailColours.link };
  const footer = (
    <>
      {t("bulkFooter")}{" "}
      <Link href={manage} style={link}>
        {t("manage")}
      </Link>
      {" · "}
      <Link href={leave} style={link}>
        {t("unsubscribe")}
      </Link>
    </>
  );
  const html = await renderTextMailHtml({ locale, organisation, preview: subject, footer }, body);
  return { to: recipient.email, userId: recipient.userId, locale, organisation, kind, subject, body: text, html, headers: bulkMailHeaders(recipient.id, locale) };
}

/** An article in the languages the subscriber chose (theirs first), each with its link. */
export function articleMail(recipient: Recipient, versions: ArticleVersion[], organisation: Organisation): Promise<Mail> {
  const t = subscriptionMailText(recipient.locale);
  const body = versions.map((v) => `${v.title}\n\n${v.summary}\n\n${t("readArticle")}:\n${v.url}`).join("\n\n");
  return bulkMail(recipient, "news.article", versions[0].title, body, organisation);
}
