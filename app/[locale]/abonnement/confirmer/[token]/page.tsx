import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { confirmSubscriptionAction } from "@/actions/subscriptions";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { Link } from "@/i18n/navigation";
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
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-3xl font-bold">{t("confirmTitle")}</h1>
      {message ? (
        <p role="status" className="rounded-md border border-slate-300 bg-slate-50 px-4 py-3 font-medium">
          {message}
        </p>
      ) : (
        <form action={confirmSubscriptionAction} className="space-y-4">
          <HiddenFields values={{ locale, token }} />
          <p>{t("confirmIntro")}</p>
          <button type="submit" className="rounded-md bg-azblue-600 px-4 py-2.5 font-semibold text-white hover:bg-azblue-700">
            {t("confirmSubmit")}
          </button>
        </form>
      )}
      <Link href="/actualites" className="font-medium text-azblue-700 underline underline-offset-2">
        {t("toNews")}
      </Link>
    </div>
  );
}
