import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { unsubscribeAction } from "@/actions/subscriptions";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { choiceLabels } from "@/components/subscriptions/choice-labels";
import { ManageSubscriptionForm } from "@/components/subscriptions/manage-form";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { choicesAsValues } from "@/lib/validation/subscription";
import { subscriptionOfManageLink } from "@/server/subscriptions/mutations";

// Rendered per request (it reads the signed link).
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/abonnement/gerer/[token]">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Subscriptions" });
  return { title: t("manageTitle"), robots: { index: false }, referrer: "same-origin" };
}

/** A subscriber's choices from the signed link in every mail: no sign-in. */
export default async function ManageSubscriptionPage({ params }: PageProps<"/[locale]/abonnement/gerer/[token]">) {
  const locale = await pageLocale(params);
  const { token } = await params;
  setRequestLocale(locale);
  await connection();
  const t = await getTranslations({ locale, namespace: "Subscriptions" });
  const subscription = await subscriptionOfManageLink(token);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-3xl font-bold">{t("manageTitle")}</h1>
      {subscription ? (
        <>
          <p>{t("manageIntro", { email: subscription.email })}</p>
          <ManageSubscriptionForm locale={locale} token={token} initial={choicesAsValues(subscription)} labels={await choiceLabels(locale)} />
          <form action={unsubscribeAction} className="space-y-3 rounded-lg border border-slate-200 p-4">
            <HiddenFields values={{ locale, token }} />
            <h2 className="text-xl font-semibold">{t("unsubscribeTitle")}</h2>
            <p>{t("unsubscribeIntro")}</p>
            <button type="submit" className="rounded-md border border-azred-600 px-4 py-2 font-medium text-azred-600 hover:bg-red-50">
              {t("unsubscribeSubmit")}
            </button>
          </form>
        </>
      ) : (
        <p role="status" className="rounded-md border border-slate-300 bg-slate-50 px-4 py-3 font-medium">
          {t("link.gone")}
        </p>
      )}
      <Link href="/abonnement" className="font-medium text-azblue-700 underline underline-offset-2">
        {t("toSubscribe")}
      </Link>
    </div>
  );
}
