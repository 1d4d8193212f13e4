import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { unsubscribeAction } from "@/actions/subscriptions";
import { SignedLinkForm, SignedLinkPage } from "@/components/subscriptions/signed-link-page";
import { pageLocale } from "@/i18n/page-locale";
import { verifySubscription } from "@/server/signed-links";

// Rendered per request (it reads the signed link).
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/abonnement/desabonner/[token]">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Subscriptions" });
  return { title: t("unsubscribeTitle"), robots: { index: false }, referrer: "same-origin" };
}

/**
 * Where a mail's "unsubscribe" leads (and a browser that opens the
 * List-Unsubscribe URL): one button, no sign-in. Opening the page changes
 * nothing; mail clients unsubscribe with RFC 8058's POST instead.
 */
export default async function UnsubscribePage({ params, searchParams }: PageProps<"/[locale]/abonnement/desabonner/[token]">) {
  const locale = await pageLocale(params);
  const { token } = await params;
  const { done } = await searchParams;
  setRequestLocale(locale);
  await connection();
  const t = await getTranslations({ locale, namespace: "Subscriptions" });
  const valid = verifySubscription("unsubscribe", token) !== null || verifySubscription("manage", token) !== null;
  const message = done === "1" ? t("unsubscribed") : valid ? null : t("link.invalid");
  return (
    <SignedLinkPage title={t("unsubscribeTitle")} outcome={message} back={{ href: "/", label: t("toHome") }}>
      <SignedLinkForm action={unsubscribeAction} locale={locale} token={token} intro={t("unsubscribeIntro")} submit={t("unsubscribeSubmit")} tone="leave" />
    </SignedLinkPage>
  );
}
