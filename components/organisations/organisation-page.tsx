import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EventCard } from "@/components/agenda/event-card";
import { IdeaLine, IdeaText } from "@/components/ideas/idea-text";
import { ArticleCard } from "@/components/news/article-card";
import type { Organisation } from "@/db/schema";
import { Link } from "@/i18n/navigation";
import { routing, type Locale } from "@/i18n/routing";
import { decodeCursor as decodeIdeaCursor, encodeCursor as encodeIdeaCursor } from "@/lib/ideas/cursor";
import { organisationOfSlug, organisationSlug } from "@/lib/organisation-slugs";
import { organisationAddresses } from "@/lib/organisations/organisation-details";
import { organisationFeedHref, organisationHref } from "@/lib/organisations/organisation-urls";
import { absoluteUrl } from "@/lib/site-url";
import { listUpcomingEvents } from "@/server/agenda/public-events";
import { listAnsweredIdeas } from "@/server/ideas/public";
import { listPublicArticles } from "@/server/news/public-list";

type SearchParams = Record<string, string | string[] | undefined>;
const PAGE = 3;
const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

export function organisationOf(slug: string, locale: Locale): Organisation {
  const organisation = organisationOfSlug(slug, locale);
  if (!organisation) notFound();
  return organisation;
}

export async function organisationMetadata(locale: Locale, slug: string, search: SearchParams): Promise<Metadata> {
  const organisation = organisationOf(slug, locale);
  const t = await getTranslations({ locale, namespace: "Organisations" });
  const name = (await getTranslations({ locale, namespace: "News.organisation" }))(organisation);
  // Each language has its own slug: the switcher reads these alternates.
  const languages = Object.fromEntries(routing.locales.map((l) => [l, absoluteUrl(organisationHref(organisation, l), l)]));
  return {
    title: name,
    description: t(`${organisation}.about`),
    alternates: {
      canonical: languages[locale],
      languages,
      types: { "application/rss+xml": absoluteUrl(organisationFeedHref(organisation, locale, "rss"), locale), "text/calendar": absoluteUrl(organisationFeedHref(organisation, locale, "ics"), locale) },
    },
    // Later pages of its lists are for readers, not for search engines.
    robots: search.news || search.events || search.ideas ? { index: false, follow: true } : undefined,
  };
}

function MoreLink({ href, label }: { href: Parameters<typeof Link>[0]["href"]; label: string }) {
  return (
    <Link href={href} className="inline-block font-medium text-azblue-700 underline underline-offset-2">
      {label}
    </Link>
  );
}

/**
 * One organisation: who they are, where and when they receive, the way to write to them, and three lists
 * of their own (latest news, coming events, ideas they answered), each paged by keyset: `?news=`, `?events=`
 * and `?ideas=` carry each list's cursor (declared in app/[locale]/organisations/[slug]/variants.ts).
 */
export async function OrganisationPage({ locale, slug, search }: { locale: Locale; slug: string; search: SearchParams }) {
  const organisation = organisationOf(slug, locale);
  const t = await getTranslations({ locale, namespace: "Organisations" });
  const tOrg = await getTranslations({ locale, namespace: "News.organisation" });
  const name = tOrg(organisation);
  const cursors = { news: one(search.news), events: one(search.events), ideas: one(search.ideas) };
  const [news, coming, answered] = await Promise.all([
    listPublicArticles({ locale, organisation, after: cursors.news, limit: PAGE }),
    listUpcomingEvents({ locale, organisation, after: cursors.events, limit: PAGE }),
    listAnsweredIdeas({ organisation, after: decodeIdeaCursor(cursors.ideas, "time"), limit: PAGE }),
  ]);
  const here = (query: Record<string, string>) => ({ pathname: "/organisations/[slug]" as const, params: { slug: organisationSlug(organisation, locale) }, query });
  const section = "space-y-4 border-t border-slate-200 pt-6";
  const heading = "text-2xl font-semibold";

  return (
    <div className="mx-auto max-w-4xl space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold sm:text-4xl">{name}</h1>
        <p className="max-w-3xl text-lg leading-relaxed text-slate-700">{t(`${organisation}.about`)}</p>
      </header>
      <div className="grid gap-6 sm:grid-cols-2">
        <dl className="space-y-3 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
          <div>
            <dt className="font-semibold">{t("address")}</dt>
            <dd>
              <address className="not-italic">
                {organisationAddresses[organisation].map((line) => (
                  <span key={line} className="block">
                    {line}
                  </span>
                ))}
              </address>
            </dd>
          </div>
          <div>
            <dt className="font-semibold">{t("hours")}</dt>
            <dd>{t(`${organisation}.hours`)}</dd>
          </div>
        </dl>
        <div className="space-y-3 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
          <p>{t(`${organisation}.writeIntro`)}</p>
          <Link href={{ pathname: "/contact/[organisation]", params: { organisation: organisationSlug(organisation, locale) } }} className="inline-block rounded-md bg-azblue-600 px-4 py-2 font-semibold text-white hover:bg-azblue-700">
            {t("write")}
          </Link>
          <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            <Link href={organisationFeedHref(organisation, locale, "rss")} className="font-medium text-azblue-700 underline underline-offset-2">
              {t("rss")}
            </Link>
            <Link href={organisationFeedHref(organisation, locale, "ics")} className="font-medium text-azblue-700 underline underline-offset-2">
              {t("ics")}
            </Link>
          </p>
        </div>
      </div>

      <section aria-labelledby="organisation-news" className={section}>
        <h2 id="organisation-news" className={heading}>
          {t("news")}
        </h2>
        {news.articles.length === 0 ? <p className="text-slate-700">{t("noNews")}</p> : news.articles.map((article) => <ArticleCard key={article.id} article={article} headingLevel={3} />)}
        <p className="flex flex-wrap gap-4">
          {cursors.news && <MoreLink href={here({})} label={t("newest")} />}
          {news.next && <MoreLink href={here({ news: news.next })} label={t("olderNews")} />}
        </p>
      </section>

      <section aria-labelledby="organisation-events" className={section}>
        <h2 id="organisation-events" className={heading}>
          {t("events")}
        </h2>
        {coming.events.length === 0 ? (
          <p className="text-slate-700">{t("noEvents")}</p>
        ) : (
          <div className="grid gap-4">
            {coming.events.map((event) => (
              <EventCard key={event.id} event={event} headingLevel={3} />
            ))}
          </div>
        )}
        <p className="flex flex-wrap gap-4">
          {cursors.events && <MoreLink href={here({})} label={t("soonest")} />}
          {coming.next && <MoreLink href={here({ events: coming.next })} label={t("laterEvents")} />}
          <MoreLink href={{ pathname: "/agenda", query: { org: organisation } }} label={t("allEvents")} />
        </p>
      </section>

      <section aria-labelledby="organisation-ideas" className={section}>
        <h2 id="organisation-ideas" className={heading}>
          {t("ideas")}
        </h2>
        {answered.ideas.length === 0 ? (
          <p className="text-slate-700">{t("noIdeas")}</p>
        ) : (
          <ul className="space-y-4">
            {answered.ideas.map((idea) => (
              <li key={idea.id} className="space-y-2 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
                <h3 className="text-lg font-semibold">
                  <Link href={{ pathname: "/centenaire/[id]", params: { id: String(idea.id) } }} className="text-azblue-900 hover:text-azblue-700 hover:underline">
                    <IdeaLine text={idea.title} lang={idea.language} />
                  </Link>
                </h3>
                {idea.publicAnswer && (
                  <div className="border-l-4 border-azgreen-600 bg-green-50 px-3 py-2">
                    <p className="text-sm font-semibold text-azgreen-600">{t("answer")}</p>
                    <IdeaText text={idea.publicAnswer} lang={idea.language} className="text-slate-800" />
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
        <p className="flex flex-wrap gap-4">
          {cursors.ideas && <MoreLink href={here({})} label={t("newest")} />}
          {answered.next && <MoreLink href={here({ ideas: encodeIdeaCursor(answered.next) })} label={t("olderIdeas")} />}
        </p>
      </section>
    </div>
  );
}
