import { getTranslations } from "next-intl/server";
import type { IdeaValues } from "@/actions/ideas";
import { ideaCategories } from "@/db/schema";
import { routing, type Locale } from "@/i18n/routing";
import { IdeaForm } from "./idea-form";

type Props = { locale: Locale; title: string; userName: string; ideaId?: number; initial: Partial<IdeaValues> };

/** The form to propose an idea or change a pending one, with its strings from the server. */
export async function IdeaFormPage({ locale, title, userName, ideaId, initial }: Props) {
  const t = await getTranslations({ locale, namespace: "Ideas" });
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-3xl font-bold">{title}</h1>
      <p className="mt-3 mb-6 text-slate-700">{t("form.intro")}</p>
      <IdeaForm
        locale={locale}
        ideaId={ideaId}
        initial={initial}
        categories={ideaCategories.map((value) => ({ value, label: t(`categories.${value}`) }))}
        languages={routing.locales.map((value) => ({ value, label: t(`languages.${value}`) }))}
        labels={{
          title: t("form.title"),
          titleHint: t("form.titleHint"),
          description: t("form.description"),
          descriptionHint: t("form.descriptionHint"),
          category: t("form.category"),
          chooseCategory: t("form.chooseCategory"),
          language: t("form.language"),
          visibility: t("form.visibility"),
          named: t("form.named", { name: userName }),
          anonymous: t("form.anonymous"),
          honeypot: t("form.honeypot"),
          submit: ideaId ? t("form.save") : t("form.submit"),
          pending: t("form.pending"),
        }}
      />
    </div>
  );
}
