import { getTranslations } from "next-intl/server";
import { IdeaLine } from "@/components/ideas/idea-text";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { encodeCursor, type IdeaCursor } from "@/lib/ideas/cursor";
import { listProgramme } from "@/server/ideas/milestones/read";
import { organisationsOf } from "@/server/organisations/membership";
import type { CurrentUser } from "@/server/users";

const link = "font-medium text-azblue-700 underline underline-offset-2";

/** On the moderation page: the retained ideas the editor's organisations answered for (all for an admin), each leading to its milestone editor. */
export async function RetainedSection({ locale, user, after }: { locale: Locale; user: CurrentUser; after?: IdeaCursor }) {
  const t = await getTranslations({ locale, namespace: "MilestonesAdmin" });
  const tm = await getTranslations({ locale, namespace: "Milestones" });
  const mine = user.role === "admin" ? undefined : await organisationsOf(user);
  const { entries, next } = await listProgramme({ organisations: mine, after, limit: 10 });
  return (
    <section id="retained" aria-labelledby="retained-heading" className="space-y-4">
      <h2 id="retained-heading" className="text-2xl font-bold">
        {t("sectionTitle")}
      </h2>
      <p className="text-slate-700">{t("sectionIntro")}</p>
      {entries.length === 0 ? (
        <p className="text-slate-700">{t("sectionEmpty")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 border-y border-slate-200">
          {entries.map((entry) => (
            <li key={entry.id} className="flex flex-wrap items-baseline justify-between gap-2 py-3">
              <Link href={{ pathname: "/admin/idees/[id]/jalons", params: { id: String(entry.id) } }} className={link}>
                {t.rich("progressLink", { title: entry.title, idea: (chunks) => <IdeaLine text={String(chunks)} lang={entry.language} /> })}
              </Link>
              <span className="text-sm text-slate-700">{tm("progress", { done: entry.milestonesDone, total: entry.milestoneCount })}</span>
            </li>
          ))}
        </ul>
      )}
      {(next || after) && (
        <nav aria-label={t("sectionTitle")} className="flex flex-wrap justify-between gap-3">
          {after ? (
            <Link href={{ pathname: "/admin/idees", hash: "retained" }} className={link}>
              {t("first")}
            </Link>
          ) : (
            <span />
          )}
          {next && (
            <Link href={{ pathname: "/admin/idees", query: { afterRetained: encodeCursor(next) }, hash: "retained" }} className={link}>
              {t("more")}
            </Link>
          )}
        </nav>
      )}
    </section>
  );
}
