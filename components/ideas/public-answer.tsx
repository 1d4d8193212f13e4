import { getTranslations } from "next-intl/server";
import type { Organisation } from "@/db/schema";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { organisationSlug } from "@/lib/organisation-slugs";
import { IdeaText } from "./idea-text";

/**
 * The answer to a retained idea, signed by the organisation that gave it (linked to its page);
 * editors write it in the idea's language. Answers given before organisations signed them say "the organisers".
 */
export async function PublicAnswer({ locale, answer, lang, by }: { locale: Locale; answer: string; lang: string; by: Organisation | null }) {
  const t = await getTranslations({ locale, namespace: "Ideas" });
  const tNews = await getTranslations({ locale, namespace: "News" });
  return (
    <section className="rounded-lg border-l-4 border-azgreen-600 bg-green-50 px-4 py-3">
      <h3 className="font-semibold text-azgreen-600">
        {by
          ? t.rich("answerBy", {
              organisation: () => (
                <Link href={{ pathname: "/organisations/[slug]", params: { slug: organisationSlug(by, locale) } }} className="underline underline-offset-2">
                  {tNews(`organisation.${by}`)}
                </Link>
              ),
            })
          : t("publicAnswer")}
      </h3>
      <IdeaText text={answer} lang={lang} className="mt-1 text-slate-800" />
    </section>
  );
}
