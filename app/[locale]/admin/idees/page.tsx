import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { BulkForm } from "@/components/ideas/admin/bulk-form";
import { DoneMessage } from "@/components/ideas/admin/done-message";
import { moderationLabels } from "@/components/ideas/admin/moderation-labels";
import { organisationsOf } from "@/server/organisations/membership";
import { QueueSection } from "@/components/ideas/admin/queue-section";
import { RetainedSection } from "@/components/ideas/milestones/admin/retained-section";
import { getPathname } from "@/i18n/navigation";
import { decodeCursor } from "@/lib/ideas/cursor";
import { countModerationQueue } from "@/server/ideas/queue";
import { editorRoles, requireRole } from "@/server/session";
import { pageLocale } from "@/i18n/page-locale";

// Rendered per request (it reads the session or the address's query); the cached pages are in lib/cached-pages.ts.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/idees">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "IdeasAdmin" });
  return { title: t("title"), robots: { index: false } };
}

export default async function IdeasModerationPage({ params, searchParams }: PageProps<"/[locale]/admin/idees">) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  const query = await searchParams;
  const user = await requireRole(editorRoles, locale, getPathname({ href: "/admin/idees", locale }));
  const t = await getTranslations({ locale, namespace: "IdeasAdmin" });
  const tReports = await getTranslations({ locale, namespace: "IdeaReports" });
  const counts = (await countModerationQueue(user)) ?? { pending: 0, reported: 0 };
  const labels = await moderationLabels(locale, await organisationsOf(user));

  return (
    <div className="space-y-8">
      <AdminNav role={user.role} />
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold">{t("title")}</h1>
          <p className="mt-2 text-slate-700">{t("intro")}</p>
        </div>
        {/* A file download, not a page: a plain link. */}
        <a href={`/${locale}/admin/idees/export`} download className="rounded-md border border-azblue-600 px-4 py-2 font-semibold text-azblue-700 hover:bg-azblue-50">
          {t("export")}
        </a>
      </div>
      {counts.reported > 0 && (
        <a href="#reported" className="inline-block rounded-full bg-azred-600 px-4 py-1.5 font-semibold text-white hover:brightness-110">
          {tReports("badge", { count: counts.reported })}
        </a>
      )}
      <DoneMessage locale={locale} query={query} />
      <BulkForm locale={locale} labels={{ title: t("bulk.title"), reason: t("bulk.reason"), approve: t("bulk.approve"), reject: t("bulk.reject") }} />
      <QueueSection locale={locale} user={user} kind="pending" count={counts.pending} after={decodeCursor(query.afterPending, "time")} labels={labels} />
      <QueueSection locale={locale} user={user} kind="reported" count={counts.reported} after={decodeCursor(query.afterReported, "time")} labels={labels} />
      <RetainedSection locale={locale} user={user} after={decodeCursor(query.afterRetained, "time")} />
    </div>
  );
}
