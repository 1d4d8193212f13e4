import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { listPublicArticles } from "@/server/news/public-list";
import { ArticleCard } from "./article-card";

/** The latest articles, for the home page. */
export async function LatestNews({ count = 3 }: { count?: number }) {
  const locale = await getLocale();
  const t = await getTranslations("News");
  const { articles } = await listPublicArticles({ locale, limit: count });
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="latest-news" className="mt-10">
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-3">
        <h2 id="latest-news" className="text-2xl font-bold">
          {t("latest")}
        </h2>
        <Link href="/actualites" className="font-medium text-azblue-700 underline underline-offset-2">
          {t("all")}
        </Link>
      </div>
      <ul className="space-y-6">
        {articles.map((article) => (
          <li key={article.id}>
            <ArticleCard article={article} headingLevel={3} />
          </li>
        ))}
      </ul>
    </section>
  );
}
