import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { signOutAction } from "@/actions/auth";
import { DeleteAccountSection, MyDataSection } from "@/components/account/my-data-section";
import { SessionsSection } from "@/components/account/sessions-section";
import { EmailSection, PasswordSection, ProfileSection } from "@/components/account/settings-sections";
import { SecondFactorSection } from "@/components/account/second-factor-section";
import { MyRegistrations } from "@/components/agenda/my-registrations";
import { UnverifiedNotice } from "@/components/verification/unverified-notice";
import { getPathname } from "@/i18n/navigation";
import { requireUser } from "@/server/session";
import { MyIdeas } from "@/components/ideas/my-ideas";
import { MemberIdeasSection } from "@/components/ideas/member-ideas-section";
import { decodeCursor } from "@/lib/ideas/cursor";
import { pageLocale } from "@/i18n/page-locale";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { MySubscription } from "@/components/subscriptions/my-subscription";
import { NotificationsSection } from "@/components/notifications/notifications-section";

// Rendered per request (it reads the session or the address's query); the cached pages are in lib/cached-pages.ts.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/compte">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Account" });
  return { title: t("title"), robots: { index: false } };
}

export default async function AccountPage({ params, searchParams }: PageProps<"/[locale]/compte">) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  const { notice, ideasAfter, supportedAfter, followedAfter, notificationsAfter } = await searchParams;
  const user = await requireUser(locale, getPathname({ href: "/compte", locale }));
  const t = await getTranslations({ locale, namespace: "Account" });
  const tRoles = await getTranslations({ locale, namespace: "Roles" });
  const format = await getFormatter({ locale });

  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <header>
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="mt-2 text-lg">{t("greeting", { name: user.name })}</p>
        <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 rounded-xl bg-slate-50 p-5">
          <dt className="font-medium">{t("email")}</dt>
          <dd className="break-all">{user.email}</dd>
          <dt className="font-medium">{t("role")}</dt>
          <dd>{tRoles(user.role)}</dd>
        </dl>
        <p className="mt-3 text-slate-700">{t("memberSince", { date: format.dateTime(user.createdAt, { dateStyle: "long" }) })}</p>
        <form action={signOutAction} className="mt-4">
          <HiddenFields values={{ locale }} />
          <button type="submit" className="rounded-md border border-slate-300 px-4 py-2 font-medium hover:bg-slate-100">
            {t("signOut")}
          </button>
        </form>
      </header>
      <UnverifiedNotice locale={locale} caller={user} />
      {/* What the member takes part in first, then their settings; each part of the portal adds its section here. */}
      <NotificationsSection locale={locale} user={user} after={decodeCursor(notificationsAfter, "time")} />
      <MyIdeas locale={locale} after={decodeCursor(ideasAfter, "time")} />
      <MemberIdeasSection locale={locale} user={user} list="supported" after={decodeCursor(supportedAfter, "time")} />
      <MemberIdeasSection locale={locale} user={user} list="followed" after={decodeCursor(followedAfter, "time")} />
      <MyRegistrations />
      <MySubscription user={user} locale={locale} />
      <ProfileSection user={user} locale={locale} />
      <EmailSection user={user} locale={locale} />
      <PasswordSection user={user} locale={locale} changed={notice === "password"} />
      <SessionsSection locale={locale} />
      <SecondFactorSection user={user} locale={locale} notice={typeof notice === "string" ? notice : undefined} />
      <MyDataSection locale={locale} />
      <DeleteAccountSection locale={locale} />
    </div>
  );
}
