import type { Metadata } from "next";
import { connection } from "next/server";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { withdrawAction } from "@/actions/agenda-withdrawal";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { PARIS_TIME_ZONE } from "@/lib/time-zone";
import { describeWithdrawal } from "@/server/agenda/withdrawal";

// Rendered per request (it reads the signed link); the cached pages are in lib/cached-pages.ts.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/agenda/desistement/[token]">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Withdrawal" });
  // The token is in the path: no other site may learn it from a Referer header.
  return { title: t("title"), robots: { index: false }, referrer: "same-origin" };
}

/**
 * Where a reminder's "I can no longer come" leads. Opening the link changes
 * nothing (mail scanners open links); the button does, without signing in.
 */
export default async function WithdrawalPage({ params, searchParams }: PageProps<"/[locale]/agenda/desistement/[token]">) {
  const locale = await pageLocale(params);
  const { token } = await params;
  const { done } = await searchParams;
  setRequestLocale(locale);
  await connection();
  const t = await getTranslations({ locale, namespace: "Withdrawal" });
  const format = await getFormatter({ locale });
  const view = await describeWithdrawal(token, locale);
  const message = done === "1" ? t("withdrawn") : view.state === "valid" ? null : t(view.state);

  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      {message ? (
        <p role="status" className="rounded-md border border-slate-300 bg-slate-50 px-4 py-3 font-medium">
          {message}
        </p>
      ) : (
        view.state === "valid" && (
          <form action={withdrawAction} className="space-y-4">
            <HiddenFields values={{ locale, token }} />
            <p>{t("intro", { title: view.title, date: format.dateTime(view.startsAt, { dateStyle: "full", timeStyle: "short", timeZone: PARIS_TIME_ZONE }) })}</p>
            <button type="submit" className="rounded-md border border-azred-600 px-4 py-2 font-medium text-azred-600 hover:bg-red-50">
              {t("submit")}
            </button>
          </form>
        )
      )}
      <Link href="/agenda" className="font-medium text-azblue-700 underline underline-offset-2">
        {t("agenda")}
      </Link>
    </div>
  );
}
