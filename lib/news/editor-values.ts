import type { Article, ArticleTranslation, Organisation } from "@/db/schema";
import type { Locale } from "@/i18n/routing";
import { dateToZonedInput } from "../time-zone";
import type { ArticleValues } from "../validation/article";

/** A saved article as the edit form's fields. */
export function articleToValues(article: Article & { versions: Partial<Record<Locale, ArticleTranslation>>; cosigners: Organisation[] }): Partial<ArticleValues> {
  const values: Partial<ArticleValues> = {
    organisation: article.organisation,
    // A joint statement waiting for a signer was asked to be published: the form keeps that request.
    status: article.awaitingApproval ? "published" : article.status,
    publishedAt: article.publishedAt ? dateToZonedInput(article.publishedAt) : "",
    cover: article.coverImage ?? "",
    revision: String(article.revision),
  };
  for (const organisation of article.cosigners) values[`cosigner_${organisation}`] = "on";
  for (const [locale, version] of Object.entries(article.versions) as [Locale, ArticleTranslation][]) {
    values[`title_${locale}`] = version.title;
    values[`slug_${locale}`] = version.slug;
    values[`summary_${locale}`] = version.summary;
    values[`body_${locale}`] = version.body;
    values[`coverAlt_${locale}`] = version.coverAlt ?? "";
  }
  return values;
}
