import { getTranslations } from "next-intl/server";
import { routing, type Locale } from "@/i18n/routing";
import type { CurrentUser } from "@/server/users";
import { FormSuccess } from "../forms/form-success";
import { AccountSection } from "./account-section";
import { EmailForm } from "./email-form";
import { PasswordForm } from "./password-form";
import { ProfileForm } from "./profile-form";

type Props = { user: CurrentUser; locale: Locale };

export async function ProfileSection({ user, locale }: Props) {
  const t = await getTranslations({ locale, namespace: "Account" });
  const languages = routing.locales.map((value) => ({ value, label: t(`languages.${value}`), lang: value }));
  return (
    <AccountSection id="profile" title={t("profileTitle")}>
      <ProfileForm
        locale={locale}
        defaults={{ name: user.name, preferredLocale: user.preferredLocale }}
        languages={languages}
        labels={{ name: t("name"), language: t("language"), languageHint: t("languageHint"), submit: t("saveProfile"), pending: t("pending") }}
      />
    </AccountSection>
  );
}

export async function EmailSection({ user, locale }: Props) {
  const t = await getTranslations({ locale, namespace: "Account" });
  return (
    <AccountSection id="email" title={t("emailTitle")}>
      <p className="mb-4 text-slate-700">{t("currentEmail", { email: user.email })}</p>
      <EmailForm locale={locale} labels={{ email: t("newEmail"), currentPassword: t("currentPassword"), submit: t("changeEmail"), pending: t("pending") }} />
    </AccountSection>
  );
}

export async function PasswordSection({ locale, changed }: Props & { changed?: boolean }) {
  const t = await getTranslations({ locale, namespace: "Account" });
  const labels = {
    currentPassword: t("currentPassword"),
    newPassword: t("newPassword"),
    newPasswordHint: t("newPasswordHint"),
    confirmPassword: t("confirmPassword"),
    submit: t("changePassword"),
    pending: t("pending"),
  };
  return (
    <AccountSection id="password" title={t("passwordTitle")}>
      {changed && (
        <div className="mb-4">
          <FormSuccess message={t("passwordChanged")} focus />
        </div>
      )}
      <PasswordForm locale={locale} labels={labels} />
    </AccountSection>
  );
}
