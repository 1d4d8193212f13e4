import type { Locale } from "@/i18n/routing";
import { absoluteUrl, pageAlternates } from "../site-url";

/** The address of an idea's page in a language (mails and the sitemap are written outside any page). */
export function ideaUrl(id: number, locale: Locale): string {
  return absoluteUrl({ pathname: "/centenaire/[id]", params: { id } }, locale);
}

/** The address of an idea's follow-up page (its author and editors), for mails about an idea the public does not see. */
export function ideaFollowUpUrl(id: number, locale: Locale): string {
  return absoluteUrl({ pathname: "/centenaire/[id]/suivi", params: { id } }, locale);
}

/**
 * hreflang alternates of an idea's page. An idea is written in one language,
 * but its page exists in both (around the text, which keeps its own `lang`).
 */
export function ideaAlternates(id: number): Record<string, string> {
  return pageAlternates({ pathname: "/centenaire/[id]", params: { id } });
}
