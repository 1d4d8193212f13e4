import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { IdeaText } from "./idea-text";

/** The organisers' answer to a retained idea; editors write it in the idea's language. */
export async function PublicAnswer({ locale, answer, lang }: { locale: Locale; answer: string; lang: string }) {
  const t = await getTranslations({ locale, namespace: "Ideas" });
  return (
    <section className="rounded-lg border-l-4 border-azgreen-600 bg-green-50 px-4 py-3">
      <h3 className="font-semibold text-azgreen-600">{t("publicAnswer")}</h3>
      <IdeaText text={answer} lang={lang} className="mt-1 text-slate-800" />
    </section>
  );
}
