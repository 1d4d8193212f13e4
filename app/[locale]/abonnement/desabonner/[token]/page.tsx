import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { unsubscribeAction } from "@/actions/subscriptions";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { Link } from "@/i18n/navigation";
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
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-3xl font-bold">{t("unsubscribeTitle")}</h1>
      {message ? (
        <p role="status" className="rounded-md border border-slate-300 bg-slate-50 px-4 py-3 font-medium">
          {message}
        </p>
      ) : (
        <form action={unsubscribeAction} className="space-y-4">
          <HiddenFields values={{ locale, token }} />
          <p>{t("unsubscribeIntro")}</p>
          <button type="submit" className="rounded-md border border-azred-600 px-4 py-2 font-medium text-azred-600 hover:bg-red-50">
            {t("unsubscribeSubmit")}
          </button>
        </form>
      )}
      <Link href="/" className="font-medium text-azblue-700 underline underline-offset-2">
        {t("toHome")}
      </Link>
    </div>
  );
}
