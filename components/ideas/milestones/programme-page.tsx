import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { IdeaLine } from "@/components/ideas/idea-text";
import { milestoneStatuses, organisations, type MilestoneStatus, type Organisation } from "@/db/schema";
import { getPathname, Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { decodeCursor, encodeCursor } from "@/lib/ideas/cursor";
import { listProgramme, type ProgrammeEntry } from "@/server/ideas/milestones/read";
import { MilestoneStatusBadge } from "./milestone-status-badge";
import { ProgrammeFilters } from "./programme-filters";

type SearchParams = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const link = "font-medium text-azblue-700 underline underline-offset-2";

export async function programmeMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "Programme" });
  return { title: t("title"), description: t("intro") };
}

async function ProgrammeItem({ locale, entry }: { locale: Locale; entry: ProgrammeEntry }) {
  const t = await getTranslations({ locale, namespace: "Programme" });
  const tMilestones = await getTranslations({ locale, namespace: "Milestones" });
  const tOrg = await getTranslations({ locale, namespace: "News.organisation" });
  const share = entry.milestoneCount ? Math.round((entry.milestonesDone / entry.milestoneCount) * 100) : 0;
  return (
    <article aria-labelledby={`programme-${entry.id}`} className="h-full space-y-3 rounded-xl border border-slate-200 bg-white p-5">
      <h3 id={`programme-${entry.id}`} className="text-lg font-semibold">
        <Link href={{ pathname: "/centenaire/[id]", params: { id: String(entry.id) } }} className="text-azblue-700 underline-offset-2 hover:underline">
          <IdeaLine text={entry.title} lang={entry.language} />
        </Link>
      </h3>
      <p className="text-sm text-slate-700">{entry.answeredBy ? t("retainedBy", { organisation: tOrg(entry.answeredBy) }) : t("retainedByOrganisers")}</p>
      {entry.progressStatus ? (
        <>
          <p className="flex flex-wrap items-center gap-2">
            {t.rich("latest", { status: () => <MilestoneStatusBadge status={entry.progressStatus!} label={tMilestones(`statuses.${entry.progressStatus!}`)} /> })}
          </p>
          <p>{tMilestones("progress", { done: entry.milestonesDone, total: entry.milestoneCount })}</p>
          <div aria-hidden className="h-2 overflow-hidden rounded-full bg-slate-100">
            <div className="h-full rounded-full bg-azgreen-600" style={{ width: `${share}%` }} />
          </div>
        </>
      ) : (
        <p className="text-slate-700">{t("noMilestone")}</p>
      )}
    </article>
  );
}

/**
 * The action plan: every public retained idea with the organisation that
 * retained it, its latest step and its progress, filtered by organisation and
 * status. The same for every reader: the cached page has no query, its
 * per-request variant the address's.
 */
export async function ProgrammePage({ locale, query }: { locale: Locale; query: SearchParams }) {
  const organisation = organisations.find((value) => value === one(query.org)) as Organisation | undefined;
  const status = milestoneStatuses.find((value) => value === one(query.status)) as MilestoneStatus | undefined;
  const after = decodeCursor(one(query.after), "time");
  const t = await getTranslations({ locale, namespace: "Programme" });
  const { entries, next } = await listProgramme({ organisations: organisation ? [organisation] : undefined, status, after });
  const filters = { ...(organisation ? { org: organisation } : {}), ...(status ? { status } : {}) };

  return (
    <div className="space-y-8">
      <section className="rounded-2xl bg-azblue-900 px-6 py-8 text-white sm:px-10">
        <h1 className="text-3xl font-bold sm:text-4xl">{t("title")}</h1>
        <p className="mt-4 max-w-3xl leading-relaxed text-slate-100">{t("intro")}</p>
        <Link href="/centenaire" className="mt-6 inline-block font-semibold text-white underline underline-offset-4 hover:text-azblue-50">
          {t("galleryLink")}
        </Link>
      </section>
      <section aria-label={t("title")} className="space-y-5">
        <ProgrammeFilters locale={locale} action={getPathname({ href: "/centenaire/programme", locale })} organisation={organisation} status={status} />
        {entries.length === 0 ? (
          <p className="rounded-xl bg-slate-50 p-6 text-slate-700">{t("empty")}</p>
        ) : (
          <ul className="grid gap-5 md:grid-cols-2">
            {entries.map((entry) => (
              <li key={entry.id} className="min-w-0">
                <ProgrammeItem locale={locale} entry={entry} />
              </li>
            ))}
          </ul>
        )}
        {(next || after) && (
          <nav aria-label={t("pagination")} className="flex flex-wrap justify-between gap-3">
            {after ? (
              <Link href={{ pathname: "/centenaire/programme", query: filters }} className={link}>
                {t("first")}
              </Link>
            ) : (
              <span />
            )}
            {next && (
              <Link href={{ pathname: "/centenaire/programme", query: { ...filters, after: encodeCursor(next) } }} className={link}>
                {t("next")}
              </Link>
            )}
          </nav>
        )}
      </section>
    </div>
  );
}
