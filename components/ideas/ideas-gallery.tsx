import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { IdeaCard } from "@/components/ideas/idea-card";
import { IdeaFilters } from "@/components/ideas/idea-filters";
import { ideaCategories, type IdeaCategory } from "@/db/schema";
import { getPathname, Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { decodeCursor, encodeCursor } from "@/lib/ideas/cursor";
import { ideaSorts, listPublicIdeas, type IdeaSort } from "@/server/ideas/public";

export async function galleryMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "Ideas" });
  return { title: t("title"), description: t("intro1") };
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

type SearchParams = Record<string, string | string[] | undefined>;

/** The ideas gallery, the same for every reader (the reader's supports are islands); the cached page has no query, its per-request variant the address's. */
export async function IdeasGallery({ locale, query }: { locale: Locale; query: SearchParams }) {
  const rawCategory = one(query.category);
  const category = ideaCategories.find((value) => value === rawCategory) as IdeaCategory | undefined;
  const sort: IdeaSort = ideaSorts.find((value) => value === one(query.sort)) ?? "supports";
  const after = decodeCursor(one(query.after), sort === "newest" ? "time" : "count");

  const t = await getTranslations({ locale, namespace: "Ideas" });
  const { ideas, next } = await listPublicIdeas({ sort, category, after });
  // One question to /api/reader for every card of the page: which of these the reader supports or wrote.
  const readerQuery = `ideas=${ideas.map((idea) => idea.id).join(",")}`;
  const listPath = getPathname({ href: "/centenaire", locale });
  const filters = { ...(category ? { category } : {}), sort };
  const returnTo = `${listPath}?${new URLSearchParams({ ...filters, ...(after ? { after: encodeCursor(after) } : {}) })}`;

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
          {t("listTitle")}
        </h2>
        <IdeaFilters locale={locale} action={listPath} category={category} sort={sort} />
        {ideas.length === 0 ? (
          <p className="rounded-xl bg-slate-50 p-6 text-slate-700">{t("empty")}</p>
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
              <Link href={{ pathname: "/centenaire", query: filters }} className="font-medium text-azblue-700 underline underline-offset-2">
                {t("first")}
              </Link>
            ) : (
              <span />
            )}
            {next && (
              <Link href={{ pathname: "/centenaire", query: { ...filters, after: encodeCursor(next) } }} className="font-medium text-azblue-700 underline underline-offset-2">
                {t("next")}
              </Link>
            )}
          </nav>
        )}
      </section>
    </div>
  );
}
