import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { IdeaCard } from "@/components/ideas/idea-card";
import { IdeaFilters } from "@/components/ideas/idea-filters";
import { getPathname, Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { encodeCursor } from "@/lib/ideas/cursor";
import { galleryQuery, readGalleryParams, type GalleryParams } from "@/lib/ideas/gallery-params";
import { listPublicIdeas } from "@/server/ideas/public";

type SearchParams = Record<string, string | string[] | undefined>;

export async function galleryMetadata(locale: Locale, query: SearchParams = {}): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "Ideas" });
  const { search } = readGalleryParams(query);
  // A search is for readers, not for search engines.
  return search ? { title: t("search.title", { query: search.slice(0, 100) }), robots: { index: false } } : { title: t("title"), description: t("intro1") };
}

const link = "font-medium text-azblue-700 underline underline-offset-2";

/** What a search or filter that found nothing says: what was asked, and ways on. */
async function NoIdeas({ locale, params }: { locale: Locale; params: GalleryParams }) {
  const t = await getTranslations({ locale, namespace: "Ideas" });
  const filtered = !!(params.category || params.status);
  if (!params.search && !filtered) return <p className="rounded-xl bg-slate-50 p-6 text-slate-700">{t("empty")}</p>;
  return (
    <div role="status" className="space-y-3 rounded-xl bg-slate-50 p-6 text-slate-800">
      <p className="font-semibold">{params.search ? t("search.noResults", { query: params.search }) : t("search.noResultsFiltered")}</p>
      <ul className="list-disc space-y-1 ps-5">
        {params.search && <li>{t("search.tipWords")}</li>}
        {params.search && filtered && (
          <li>
            <Link href={{ pathname: "/centenaire", query: { q: params.search } }} className={link}>
              {t("search.withoutFilters", { query: params.search })}
            </Link>
          </li>
        )}
        <li>
          <Link href="/centenaire" className={link}>
            {t("search.allIdeas")}
          </Link>
        </li>
        <li>
          <Link href="/centenaire/proposer" className={link}>
            {t("search.proposeInstead")}
          </Link>
        </li>
      </ul>
    </div>
  );
}

/**
 * The ideas gallery, the same for every reader (the reader's supports are islands). The cached page has no
 * query; a search alone has a cached page per query; any other query is rendered per request (./variants.ts).
 */
export async function IdeasGallery({ locale, query }: { locale: Locale; query: SearchParams }) {
  const params = readGalleryParams(query);
  const { after } = params;
  const t = await getTranslations({ locale, namespace: "Ideas" });
  const { ideas, next } = await listPublicIdeas(params);
  // One question to /api/reader for every card of the page: which of these the reader supports or wrote.
  const readerQuery = `ideas=${ideas.map((idea) => idea.id).join(",")}`;
  const listPath = getPathname({ href: "/centenaire", locale });
  const filters = galleryQuery(params);
  const back = new URLSearchParams({ ...filters, ...(after ? { after: encodeCursor(after) } : {}) }).toString();
  const returnTo = back ? `${listPath}?${back}` : listPath;

  return (
    <div className="space-y-8">
      <section className="rounded-2xl bg-azblue-900 px-6 py-8 text-white sm:px-10">
        <h1 className="text-3xl font-bold sm:text-4xl">{t("title")}</h1>
        <p className="mt-4 max-w-3xl leading-relaxed text-slate-100">{t("intro1")}</p>
        <p className="mt-3 max-w-3xl leading-relaxed text-slate-100">{t("intro2")}</p>
        <div className="mt-6 flex flex-wrap items-center gap-x-6 gap-y-3">
          <Link href="/centenaire/proposer" className="inline-block rounded-md bg-white px-4 py-2.5 font-semibold text-azblue-900 hover:bg-azblue-50">
            {t("propose")}
          </Link>
          <Link href="/centenaire/programme" className="font-semibold text-white underline underline-offset-4 hover:text-azblue-50">
            {t("programmeLink")}
          </Link>
        </div>
      </section>

      <section aria-labelledby="ideas-heading" className="space-y-5">
        <h2 id="ideas-heading" className="text-2xl font-bold">
          {params.search ? t("search.resultsFor", { query: params.search }) : t("listTitle")}
        </h2>
        <IdeaFilters locale={locale} action={listPath} params={params} />
        {ideas.length === 0 ? (
          <NoIdeas locale={locale} params={params} />
        ) : (
          <ul className="grid gap-5 md:grid-cols-2">
            {ideas.map((idea) => (
              <li key={idea.id} className="flex min-w-0">
                <IdeaCard locale={locale} idea={idea} returnTo={returnTo} readerQuery={readerQuery} />
              </li>
            ))}
          </ul>
        )}
        {(next || after) && (
          <nav aria-label={t("pagination")} className="flex flex-wrap justify-between gap-3">
            {after ? (
              <Link href={{ pathname: "/centenaire", query: filters }} className={link}>
                {t("first")}
              </Link>
            ) : (
              <span />
            )}
            {next && (
              <Link href={{ pathname: "/centenaire", query: { ...filters, after: encodeCursor(next) } }} className={link}>
                {t("next")}
              </Link>
            )}
          </nav>
        )}
      </section>
    </div>
  );
}
