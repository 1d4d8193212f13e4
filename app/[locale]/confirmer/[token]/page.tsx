import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EmailLinkForm } from "@/components/verification/email-link-form";
import { getPathname } from "@/i18n/navigation";
import { linkUnavailable } from "@/components/verification/link-unavailable";
import { pageLocale } from "@/i18n/page-locale";
import { safeReturnPath } from "@/lib/safe-redirect";
import { getCurrentUser } from "@/server/session";
import { checkEmailLink } from "@/server/verification";

// Rendered per request (it reads the session or the address's query); the cached pages are in lib/cached-pages.ts.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/confirmer/[token]">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Verification" });
  // The token is in the path: no other site may learn it from a Referer header. Not "no-referrer": a form
  // posted without JavaScript would then carry `Origin: null`, which the request gate refuses as cross-site.
  return { title: t("confirmTitle"), robots: { index: false }, referrer: "same-origin" };
}

/** Where the link of an address confirmation (after sign-up, or for a new address) leads. */
export default async function ConfirmEmailPage({ params, searchParams }: PageProps<"/[locale]/confirmer/[token]">) {
  const locale = await pageLocale(params);
  const { token } = await params;
  setRequestLocale(locale);
  await connection();
  const t = await getTranslations({ locale, namespace: "Verification" });
  const link = await checkEmailLink(token, ["verify", "change"]);
  const change = link.purpose === "change";
  const signedIn = !!(await getCurrentUser());
  // The page the member signed up from (an event), carried by the link: signing in leads back there.
  const returnTo = safeReturnPath((await searchParams).next, "");
  const signInHref = getPathname({ href: "/connexion", locale }) + (returnTo ? `?${new URLSearchParams({ callbackUrl: returnTo })}` : "");
  return (
    <EmailLinkForm
      locale={locale}
      token={token}
      kind="confirm"
      text={{
        title: t(change ? "confirmChangeTitle" : "confirmTitle"),
        intro: t(change ? "confirmChangeIntro" : "confirmIntro", { email: link.email ?? "" }),
        submit: t("confirmSubmit"),
        pending: t("confirmPending"),
      }}
      next={signedIn ? { href: getPathname({ href: "/compte", locale }), label: t("confirmedAccount") } : { href: signInHref, label: t("confirmedSignIn") }}
      unavailable={await linkUnavailable(locale, link.state)}
    />
  );
}
