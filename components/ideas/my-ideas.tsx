import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { encodeCursor, type IdeaCursor } from "@/lib/ideas/cursor";
import { listMyIdeas } from "@/server/ideas/author";
import { getCurrentUser } from "@/server/session";
import { IdeaLine, IdeaText } from "./idea-text";
import { StatusBadge } from "./status-badge";
import { PendingIdeaActions } from "./pending-idea-actions";

/** The member's own ideas on their account page: status, the editors' word, and edit/withdraw while pending; a page at a time. */
export async function MyIdeas({ locale, after }: { locale: Locale; after?: IdeaCursor }) {
  const user = await getCurrentUser();
  if (!user) return null;
  const { ideas, next } = await listMyIdeas(user, after);
  const t = await getTranslations({ locale, namespace: "Ideas" });
  const format = await getFormatter({ locale });
  const link = "font-medium text-azblue-700 underline underline-offset-2";
  return (
    <section aria-labelledby="my-ideas-heading" className="mt-10 space-y-4">
      <h2 id="my-ideas-heading" className="text-2xl font-bold">
        {t("mine.title")}
      </h2>
      {ideas.length === 0 && <p className="text-slate-700">{t("mine.empty")}</p>}
      <ul className="space-y-3">
        {ideas.map((idea) => {
          // A public idea at its public page; one the public does not see at its follow-up page.
          const isPublic = (idea.status === "published" || idea.status === "retained") && !idea.hiddenAt;
          const href = { pathname: isPublic ? "/centenaire/[id]" : "/centenaire/[id]/suivi", params: { id: String(idea.id) } } as const;
          return (
            <li key={idea.id} className="min-w-0 space-y-2 rounded-xl bg-slate-50 p-4">
              <h3 className="text-lg font-semibold">
                <IdeaLine text={idea.title} lang={idea.language} />
              </h3>
              <p className="flex flex-wrap items-center gap-3 text-sm text-slate-600">
                <StatusBadge status={idea.hiddenAt ? "hidden" : idea.status} label={idea.hiddenAt ? t("hidden") : t(`statuses.${idea.status}`)} />
                <span>{t("mine.submittedOn", { date: format.dateTime(idea.createdAt, { dateStyle: "long" }) })}</span>
                {(idea.status === "published" || idea.status === "retained") && <span>{t("supports", { count: idea.supportCount })}</span>}
              </p>
              {idea.status === "rejected" && idea.rejectionReason && (
                <div className="text-sm">
                  <p className="font-semibold">{t("mine.reason")}</p>
                  <IdeaText text={idea.rejectionReason} lang={locale} />
                </div>
              )}
              {idea.status === "retained" && idea.publicAnswer && (
                <div className="text-sm">
                  <p className="font-semibold">{t("mine.answer")}</p>
                  <IdeaText text={idea.publicAnswer} lang={idea.language} />
                </div>
              )}
              <div className="flex flex-wrap items-center gap-4">
                <Link href={href} className={link}>
                  {t("mine.view")}
                </Link>
                {idea.status === "pending" && <PendingIdeaActions locale={locale} ideaId={idea.id} />}
              </div>
            </li>
          );
        })}
      </ul>
      {(after || next) && (
        <p className="flex flex-wrap justify-between gap-4">
          {after && (
            <Link href={{ pathname: "/compte", hash: "my-ideas-heading" }} className={link}>
              {t("mine.newest")}
            </Link>
          )}
          {next && (
            <Link href={{ pathname: "/compte", query: { ideasAfter: encodeCursor(next) }, hash: "my-ideas-heading" }} className={link}>
              {t("mine.older")}
            </Link>
          )}
        </p>
      )}
      <Link href="/centenaire/proposer" className={link}>
        {t("mine.propose")}
      </Link>
    </section>
  );
}
