import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { encodeCursor, type IdeaCursor } from "@/lib/ideas/cursor";
import { listMemberIdeas, type MemberIdeaList } from "@/server/ideas/member-ideas";
import type { CurrentUser } from "@/server/users";
import { IdeaLine } from "./idea-text";
import { StatusBadge } from "./status-badge";

/** Each list's query parameter for its later pages, so that paging one leaves the other where it is. */
const memberIdeasCursor = { supported: "supportedAfter", followed: "followedAfter" } as const satisfies Record<MemberIdeaList, string>;

/**
 * The ideas the member supports, or follows, on their account page, the
 * latest first; a page at a time, like their own ideas.
 */
export async function MemberIdeasSection({ locale, user, list, after }: { locale: Locale; user: CurrentUser; list: MemberIdeaList; after?: IdeaCursor }) {
  const { ideas, next } = await listMemberIdeas(user, list, after);
  const t = await getTranslations({ locale, namespace: "Ideas" });
  const format = await getFormatter({ locale });
  const heading = `${list}-ideas-heading`;
  const link = "font-medium text-azblue-700 underline underline-offset-2";
  return (
    <section aria-labelledby={heading} className="mt-10 space-y-4">
      <h2 id={heading} className="text-2xl font-bold">
        {t(`${list}.title`)}
      </h2>
      {ideas.length === 0 && !after && (
        <p className="text-slate-700">
          {t(`${list}.empty`)}{" "}
          <Link href="/centenaire" className={link}>
            {t("supported.browse")}
          </Link>
        </p>
      )}
      <ul className="space-y-3">
        {ideas.map((idea) => (
          <li key={idea.id} className="min-w-0 space-y-2 rounded-xl bg-slate-50 p-4">
            <h3 className="text-lg font-semibold">
              <Link href={{ pathname: "/centenaire/[id]", params: { id: String(idea.id) } }} className="text-azblue-900 hover:underline">
                <IdeaLine text={idea.title} lang={idea.language} />
              </Link>
            </h3>
            <p className="flex flex-wrap items-center gap-3 text-sm text-slate-600">
              {idea.status === "retained" && <StatusBadge status="retained" label={t("statuses.retained")} />}
              <span>{t(`${list}.since`, { date: format.dateTime(idea.since, { dateStyle: "long" }) })}</span>
              <span>{t("supports", { count: idea.supportCount })}</span>
              <span>{t("comments", { count: idea.commentCount })}</span>
            </p>
          </li>
        ))}
      </ul>
      {(after || next) && (
        <p className="flex flex-wrap justify-between gap-4">
          {after && (
            <Link href={{ pathname: "/compte", hash: heading }} className={link}>
              {t(`${list}.newest`)}
            </Link>
          )}
          {next && (
            <Link href={{ pathname: "/compte", query: { [memberIdeasCursor[list]]: encodeCursor(next) }, hash: heading }} className={link}>
              {t(`${list}.older`)}
            </Link>
          )}
        </p>
      )}
    </section>
  );
}
