import type { Locale } from "@/i18n/routing";

type Props = {
  url: string;
  headline: string;
  description: string;
  inLanguage: Locale;
  datePublished: Date;
  dateModified: Date;
  image?: string;
  /** Who signs it: one organisation, or each signer of a joint statement. */
  organisations: string[];
  publisher: string;
};

/** schema.org NewsArticle; "<" is escaped so that no text can close the script element. */
export function ArticleJsonLd(props: Props) {
  const data = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    mainEntityOfPage: props.url,
    headline: props.headline.slice(0, 110),
    description: props.description,
    inLanguage: props.inLanguage,
    datePublished: props.datePublished.toISOString(),
    dateModified: props.dateModified.toISOString(),
    ...(props.image ? { image: [props.image] } : {}),
    author: props.organisations.length === 1 ? { "@type": "Organization", name: props.organisations[0] } : props.organisations.map((name) => ({ "@type": "Organization", name })),
    publisher: { "@type": "Organization", name: props.publisher },
  };
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, "\\u003c") }} />;
}
