import { getTranslations } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { FollowIsland } from "../reader/follow-island";
import { SupportIsland } from "../reader/support-island";

/** `follow`: the button that follows the idea too (on its own page; a gallery card keeps to supporting). */
type Props = { locale: Locale; idea: { id: number; supportCount: number }; returnTo: string; readerQuery: string; follow?: boolean };

/** The count, and what the reader can do about it (their part is an island: the page is the same for everyone). */
export async function SupportArea({ locale, idea, returnTo, readerQuery, follow = false }: Props) {
  const t = await getTranslations({ locale, namespace: "Ideas" });
  const tVerification = await getTranslations({ locale, namespace: "Verification" });
  return (
    <div className="flex min-h-11 flex-wrap items-center gap-x-4 gap-y-2">
      <p className="font-semibold text-slate-800">{t("supports", { count: idea.supportCount })}</p>
      <SupportIsland
        locale={locale}
        ideaId={idea.id}
        query={readerQuery}
        returnTo={returnTo}
        signInHref={getPathname({ href: { pathname: "/connexion", query: { callbackUrl: returnTo } }, locale })}
        labels={{ press: t("support.add"), release: t("support.remove"), pending: t("support.pending"), signIn: t("support.signIn"), own: t("support.own"), locked: tVerification("supportLocked") }}
      />
      {follow && (
        <FollowIsland
          locale={locale}
          ideaId={idea.id}
          query={readerQuery}
          returnTo={returnTo}
          labels={{ press: t("follow.follow"), release: t("follow.stop"), pending: t("support.pending"), hint: t("follow.hint") }}
        />
      )}
    </div>
  );
}
