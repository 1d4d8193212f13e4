import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import type { ViewedIdea } from "@/server/ideas/public";
import { IdeaText } from "./idea-text";
import { StatusBadge } from "./status-badge";

/** What the author or an editor must know about an idea the public does not see. */
export async function IdeaNotice({ locale, idea }: { locale: Locale; idea: ViewedIdea }) {
  const t = await getTranslations({ locale, namespace: "Ideas" });
  const key = idea.hiddenAt ? "hidden" : idea.status === "pending" || idea.status === "rejected" || idea.status === "withdrawn" || idea.status === "merged" ? idea.status : undefined;
  if (!key) return null;
  return (
    <div role="note" className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3">
      <StatusBadge status={idea.hiddenAt ? "hidden" : idea.status} label={idea.hiddenAt ? t("hidden") : t(`statuses.${idea.status}`)} />
      <p className="text-slate-800">{t(`notice.${key}`)}</p>
      {key === "merged" && idea.mergedInto && (
        <p>
          <Link href={{ pathname: "/centenaire/[id]", params: { id: String(idea.mergedInto) } }} className="font-medium text-azblue-700 underline underline-offset-2">
            {t("notice.mergedLink", { id: idea.mergedInto })}
          </Link>
        </p>
      )}
      {idea.rejectionReason && (
        <div>
          <p className="font-semibold">{t("notice.reason")}</p>
          <IdeaText text={idea.rejectionReason} lang={locale} className="text-slate-800" />
        </div>
      )}
    </div>
  );
}
