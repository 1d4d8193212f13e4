import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { unsubscribeAction } from "@/actions/subscriptions";
import { choiceLabels } from "@/components/subscriptions/choice-labels";
import { ManageSubscriptionForm } from "@/components/subscriptions/manage-form";
import { SignedLinkForm, SignedLinkPage } from "@/components/subscriptions/signed-link-page";
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
    <SignedLinkPage title={t("manageTitle")} outcome={subscription ? null : t("link.gone")} back={{ href: "/abonnement", label: t("toSubscribe") }} wide>
      {subscription ? (
        <>
          <p>{t("manageIntro", { email: subscription.email })}</p>
          <ManageSubscriptionForm locale={locale} token={token} initial={choicesAsValues(subscription)} labels={await choiceLabels(locale)} />
          <SignedLinkForm action={unsubscribeAction} locale={locale} token={token} heading={t("unsubscribeTitle")} intro={t("unsubscribeIntro")} submit={t("unsubscribeSubmit")} tone="leave" />
        </>
      ) : null}
    </SignedLinkPage>
  );
}
