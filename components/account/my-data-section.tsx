import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { AccountSection } from "./account-section";
import { DeleteAccountForm } from "./delete-account-form";

export async function MyDataSection({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Account" });
  return (
    <AccountSection id="my-data" title={t("dataTitle")}>
      <p className="text-slate-700">{t("dataText")}</p>
      {/* A plain link: the route answers with the file, nothing to run in the browser. */}
      <a
        href="/api/account/export"
        download
        className="mt-4 inline-block rounded-md border border-azblue-600 px-4 py-2 font-medium text-azblue-700 hover:bg-azblue-50"
      >
        {t("download")}
      </a>
    </AccountSection>
  );
}

export async function DeleteAccountSection({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Account" });
  return (
    <AccountSection id="delete-account" title={t("deleteTitle")} tone="danger">
      <p className="mb-4 text-slate-700">{t("deleteText")}</p>
      <DeleteAccountForm locale={locale} labels={{ password: t("deletePassword"), submit: t("deleteSubmit"), pending: t("deleting") }} />
    </AccountSection>
  );
}
