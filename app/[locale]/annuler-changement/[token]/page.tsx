import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EmailLinkForm } from "@/components/verification/email-link-form";
import { getPathname } from "@/i18n/navigation";
import { LinkUnavailable } from "@/components/verification/link-unavailable";
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
  if (link.state !== "valid") return <LinkUnavailable locale={locale} state={link.state} />;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-4 text-3xl font-bold">{t("cancelTitle")}</h1>
      <p className="mb-6 text-slate-700">{t("cancelIntro", { email: link.email ?? "" })}</p>
      <EmailLinkForm
        locale={locale}
        token={token}
        kind="cancel"
        labels={{ submit: t("cancelSubmit"), pending: t("cancelPending") }}
        next={{ href: getPathname({ href: "/mot-de-passe-oublie", locale }), label: t("cancelledReset") }}
      />
    </div>
  );
}
