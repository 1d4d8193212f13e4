import "server-only";
import { createTranslator } from "next-intl";
import type { Locale } from "@/i18n/routing";
import type { SubscriptionChoices } from "@/lib/validation/subscription";
import az from "@/messages/az.json";
import fr from "@/messages/fr.json";
import { renderTextMailHtml } from "../mail-render";
import { confirmUrl, manageUrl } from "./links";

const catalogues = { fr, az } satisfies Record<Locale, unknown>;

/** The subscription mail's words in a language (written outside any request). */
export function subscriptionMailText(locale: Locale) {
  return createTranslator({ locale, messages: catalogues[locale], namespace: "SubscriptionMail" });
}

/** "Embassy news, Agenda; French, Azerbaijani; each new article", in the reader's language. */
export function describeChoices(choices: SubscriptionChoices, locale: Locale): { lists: string; languages: string; frequency: string } {
  const t = createTranslator({ locale, messages: catalogues[locale], namespace: "Subscriptions" });
  const lists = [...choices.organisations.map((o) => t(`lists.${o}`)), ...(choices.agenda ? [t("lists.agenda")] : [])];
  return { lists: lists.join(", "), languages: choices.locales.map((l) => t(`languages.${l}`)).join(", "), frequency: t(`frequencies.${choices.frequency}`) };
}

type Written = { subject: string; body: string; html: string };

async function written(locale: Locale, subject: string, body: string): Promise<Written> {
  const footer = subscriptionMailText(locale)("footer");
  const html = await renderTextMailHtml({ locale, preview: subject, footer }, body);
  return { subject, body: `${body}\n\n-- \n${footer}`, html };
}

/** The double opt-in: the choices made, and the link that confirms them. */
export function confirmationMail(id: string, locale: Locale, choices: SubscriptionChoices): Promise<Written> {
  const t = subscriptionMailText(locale);
  return written(locale, t("confirmSubject"), t("confirmBody", { ...describeChoices(choices, locale), url: confirmUrl(id, locale) }));
}

/** To the owner of an address that is subscribed already: nothing changed; here is how to change it. */
export function alreadySubscribedMail(id: string, locale: Locale): Promise<Written> {
  const t = subscriptionMailText(locale);
  return written(locale, t("existsSubject"), t("existsBody", { url: manageUrl(id, locale) }));
}
