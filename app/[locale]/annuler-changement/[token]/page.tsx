import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EmailLinkForm } from "@/components/verification/email-link-form";
import { getPathname } from "@/i18n/navigation";
import { linkUnavailable } from "@/components/verification/link-unavailable";
import { pageLocale } from "@/i18n/page-locale";
import { checkEmailLink } from "@/server/verification";

// Rendered per request (it reads the session or the address's query); the cached pages are in lib/cached-pages.ts.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/annuler-changement/[token]">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Verification" });
  // Same-origin only: the token stays on the site, and a form posted without JavaScript keeps its Origin.
  return { title: t("cancelTitle"), robots: { index: false }, referrer: "same-origin" };
}

/** Where the link mailed to the old address of a change leads: the change is undone, every session ends. */
export default async function CancelEmailChangePage({ params }: PageProps<"/[locale]/annuler-changement/[token]">) {
  const locale = await pageLocale(params);
  const { token } = await params;
  setRequestLocale(locale);
  await connection();
  const t = await getTranslations({ locale, namespace: "Verification" });
  const link = await checkEmailLink(token, ["cancel"]);
  return (
    <EmailLinkForm
      locale={locale}
      token={token}
      kind="cancel"
      text={{ title: t("cancelTitle"), intro: t("cancelIntro", { email: link.email ?? "" }), submit: t("cancelSubmit"), pending: t("cancelPending") }}
      next={{ href: getPathname({ href: "/mot-de-passe-oublie", locale }), label: t("cancelledReset") }}
      unavailable={await linkUnavailable(locale, link.state)}
    />
  );
}
