import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { confirmSubscriptionAction } from "@/actions/subscriptions";
import { SignedLinkForm, SignedLinkPage } from "@/components/subscriptions/signed-link-page";
import { pageLocale } from "@/i18n/page-locale";
import { describeConfirmation } from "@/server/subscriptions/mutations";

// Rendered per request (it reads the signed link).
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/abonnement/confirmer/[token]">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Subscriptions" });
  // The token is in the path: no other site may learn it from a Referer header.
  return { title: t("confirmTitle"), robots: { index: false }, referrer: "same-origin" };
}

/** The double opt-in's second step: opening the link changes nothing (mail scanners open links); the button confirms. */
export default async function ConfirmSubscriptionPage({ params, searchParams }: PageProps<"/[locale]/abonnement/confirmer/[token]">) {
  const locale = await pageLocale(params);
  const { token } = await params;
  const { done } = await searchParams;
  setRequestLocale(locale);
  await connection();
  const t = await getTranslations({ locale, namespace: "Subscriptions" });
  const state = await describeConfirmation(token);
  const message = done === "1" || state === "done" ? t("confirmed") : state === "valid" ? null : t(`link.${state as "invalid" | "expired" | "gone"}`);
  return (
    <SignedLinkPage title={t("confirmTitle")} outcome={message} back={{ href: "/actualites", label: t("toNews") }}>
      <SignedLinkForm action={confirmSubscriptionAction} locale={locale} token={token} intro={t("confirmIntro")} submit={t("confirmSubmit")} tone="confirm" />
    </SignedLinkPage>
  );
}
