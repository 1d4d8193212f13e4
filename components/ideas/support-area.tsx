import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import type { Caller } from "@/server/ideas/access";
import { callerIsVerified } from "@/server/verification";
import { SupportButton } from "./support-button";

type Props = { locale: Locale; caller: Caller; idea: { id: number; authorId: string | null; supportCount: number }; supported: boolean; returnTo: string };

/** The count, and what the reader can do about it: support, take it back, or sign in first. */
export async function SupportArea({ locale, caller, idea, supported, returnTo }: Props) {
  const t = await getTranslations({ locale, namespace: "Ideas" });
  const count = (
    <p className="font-semibold text-slate-800">
      {t("supports", { count: idea.supportCount })}
    </p>
  );
  let control;
  if (!caller) {
    control = (
      <Link href={{ pathname: "/connexion", query: { callbackUrl: returnTo } }} className="font-medium text-azblue-700 underline underline-offset-2">
        {t("support.signIn")}
      </Link>
    );
  } else if (caller.id === idea.authorId) {
    control = <p className="text-sm text-slate-600">{t("support.own")}</p>;
  } else if (!(await callerIsVerified(caller.id))) {
    control = <p className="text-sm text-slate-600">{(await getTranslations({ locale, namespace: "Verification" }))("supportLocked")}</p>;
  } else {
    control = (
      <SupportButton
        locale={locale}
        ideaId={idea.id}
        supported={supported}
        labels={{ add: t("support.add"), remove: t("support.remove"), pending: t("support.pending") }}
      />
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
      {count}
      {control}
    </div>
  );
}
