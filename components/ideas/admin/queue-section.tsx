import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { encodeCursor, type IdeaCursor } from "@/lib/ideas/cursor";
import type { Caller } from "@/server/ideas/access";
import { listModerationQueue, type QueueKind } from "@/server/ideas/queue";
import type { ModerationLabels } from "./moderation-form";
import { QueueCard } from "./queue-card";

type Props = { locale: Locale; user: Caller; kind: QueueKind; count: number; after?: IdeaCursor; labels: ModerationLabels };

/** One part of the queue, oldest first, a page at a time. */
export async function QueueSection({ locale, user, kind, count, after, labels }: Props) {
  const t = await getTranslations({ locale, namespace: "IdeasAdmin" });
  // An empty part (most often the reported ideas) costs no query: the page counted it already.
  const queue = count === 0 && !after ? { ideas: [], next: undefined } : await listModerationQueue(user, kind, after);
  if (!queue) return null;
  const cursorParam = kind === "pending" ? "afterPending" : "afterReported";
  return (
    <section id={kind} aria-labelledby={`${kind}-heading`} className="space-y-4">
      <h2 id={`${kind}-heading`} className="text-2xl font-bold">
        {t(kind === "pending" ? "pendingTitle" : "reportedTitle", { count })}
      </h2>
      {queue.ideas.length === 0 ? (
        <p className="rounded-xl bg-slate-50 p-5 text-slate-700">{t(kind === "pending" ? "emptyPending" : "emptyReported")}</p>
      ) : (
        <ul className="space-y-4">
          {queue.ideas.map((idea) => (
            <li key={`${idea.id}-${idea.version}`}>
              <QueueCard locale={locale} idea={idea} labels={labels} />
            </li>
          ))}
        </ul>
      )}
      <div className="flex justify-between">
        {after && (
          <Link href={{ pathname: "/admin/idees", hash: kind }} className="font-medium text-azblue-700 underline underline-offset-2">
            {t("first")}
          </Link>
        )}
        {queue.next && (
          <Link href={{ pathname: "/admin/idees", query: { [cursorParam]: encodeCursor(queue.next) }, hash: kind }} className="font-medium text-azblue-700 underline underline-offset-2">
            {t("next")}
          </Link>
        )}
      </div>
    </section>
  );
}
