import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { deleteArticleAction } from "@/actions/news";
import { AdminNav } from "@/components/admin/admin-nav";
import { ArticleForm } from "@/components/news/admin/article-form";
import { articleFormLabels } from "@/components/news/admin/form-labels";
import { StatusBadge } from "@/components/news/admin/status-badge";
import { getPathname, Link } from "@/i18n/navigation";
import { routing, type Locale } from "@/i18n/routing";
import { articleToValues } from "@/lib/news/editor-values";
import { isOutOfDate, otherLocale, translationText } from "@/lib/news/translation-sync";
import { TranslationChanges } from "@/components/news/admin/translation-changes";
import { getArticleForEditor } from "@/server/news/editor-queries";
import { hasArticleSending } from "@/server/subscriptions/admin-stats";
import { offeredFor } from "@/server/organisations/membership";
import { editorRoles, requireRole } from "@/server/session";
import { pageLocale } from "@/i18n/page-locale";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { ConfirmStep, confirmButtonClass } from "@/components/forms/confirm-step";
import { approvalOutcome, JointApprovalPanel } from "@/components/joint/joint-approval-panel";
import { jointStateFor } from "@/server/joint/state";

// Rendered per request (it reads the session or the address's query); the cached pages are in lib/cached-pages.ts.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/actualites/[id]">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "NewsAdmin" });
  return { title: t("editTitle"), robots: { index: false } };
}

export default async function EditArticlePage({ params, searchParams }: PageProps<"/[locale]/admin/actualites/[id]">) {
  const { locale, id } = (await params) as { locale: Locale; id: string };
  setRequestLocale(locale);
  const user = await requireRole(editorRoles, locale, getPathname({ href: { pathname: "/admin/actualites/[id]", params: { id } }, locale }));
  const article = await getArticleForEditor(user, id);
  if (!article) notFound();
  const { saved, approval } = await searchParams;
  const joint = await jointStateFor(user, "article", article.id);
  const t = await getTranslations({ locale, namespace: "NewsAdmin" });
  const publicSlug = article.versions[locale]?.slug ?? Object.values(article.versions)[0]?.slug;
  // Versions written against an older text of the other: the form offers "up to date", the page shows what changed.
  const outdated = routing.locales.filter((l) => article.versions[l] && isOutOfDate(article.versions[l], article.versions[otherLocale(l)]));

  return (
    <div className="space-y-6">
      <AdminNav role={user.role} />
      <Link href="/admin/actualites" className="text-sm font-medium text-azblue-700 underline underline-offset-2">
        {t("backToList")}
      </Link>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-3xl font-bold">{t("editTitle")}</h1>
        <StatusBadge status={article.editorialStatus} />
      </div>
      {(saved === "created" || saved === "updated") && (
        <p role="status" className="rounded-md border border-azgreen-600 bg-green-50 px-4 py-3 font-medium text-azgreen-600">
          {t(`saved.${saved}`)}
        </p>
      )}
      {article.editorialStatus === "published" && publicSlug && (
        <Link href={{ pathname: "/actualites/[slug]", params: { slug: publicSlug } }} className="inline-block font-medium text-azblue-700 underline underline-offset-2">
          {t("viewPublic")}
        </Link>
      )}
      {joint && <JointApprovalPanel locale={locale} kind="article" id={article.id} state={joint} outcome={approvalOutcome(approval)} />}
      {outdated.map((l) => (
        <TranslationChanges key={l} locale={l} other={otherLocale(l)} before={article.versions[l]!.writtenAgainstText} after={translationText(article.versions[otherLocale(l)]!)} />
      ))}
      {/* A new key after each save gives the form the saved values and the revision they are at. */}
      <ArticleForm key={article.revision} locale={locale} articleId={article.id} initial={articleToValues(article)} labels={await articleFormLabels(locale, await offeredFor(user, article.organisation))}
        notify={{ defaultOn: article.status === "draft", sent: await hasArticleSending(article.id) }}
        outdated={outdated}
      />
      <ConfirmStep label={t("delete.open")} warning={t("delete.warning")}>
        <form action={deleteArticleAction}>
          <HiddenFields values={{ locale, id: article.id }} />
          <button type="submit" className={confirmButtonClass}>
            {t("delete.confirm")}
          </button>
        </form>
      </ConfirmStep>
    </div>
  );
}
