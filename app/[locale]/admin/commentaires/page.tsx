import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { CommentQueueSection } from "@/components/ideas/comments/admin/comment-queue-section";
import { getPathname } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { decodeCursor } from "@/lib/ideas/cursor";
import { editorRoles, requireRole } from "@/server/session";

// Rendered per request (it reads the session or the address's query); the cached pages are in lib/cached-pages.ts.
export const dynamic = "force-dynamic";

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/commentaires">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "CommentsAdmin" });
  return { title: t("title"), robots: { index: false } };
}

/** The comments editors look at: the reported ones, to hide with a reason or keep; the hidden ones, to put back. */
export default async function CommentModerationPage({ params, searchParams }: PageProps<"/[locale]/admin/commentaires">) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  const query = await searchParams;
  const user = await requireRole(editorRoles, locale, getPathname({ href: "/admin/commentaires", locale }));
  const t = await getTranslations({ locale, namespace: "CommentsAdmin" });
  const done = one(query.done) === "restored";
  return (
    <div className="space-y-8">
      <AdminNav role={user.role} />
      <div>
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="mt-2 max-w-3xl text-slate-700">{t("intro")}</p>
      </div>
      {done && (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 font-medium text-azgreen-600">
          {t("done.restored")}
        </p>
      )}
      <CommentQueueSection locale={locale} user={user} kind="reported" after={decodeCursor(one(query.afterReported), "count")} />
      <CommentQueueSection locale={locale} user={user} kind="hidden" after={decodeCursor(one(query.afterHidden), "time")} />
    </div>
  );
}
