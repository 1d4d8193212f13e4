import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";

// Rendered per request: it reads the idea's number from the address's query.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/centenaire/merci">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "IdeaThanks" });
  return { title: t("title"), robots: { index: false } };
}

/** Where a member lands after sending an idea: thanks, and what happens next. */
export default async function IdeaThanksPage({ params, searchParams }: PageProps<"/[locale]/centenaire/merci">) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "IdeaThanks" });
  const { idee } = await searchParams;
  // Only a number makes a link; the follow-up page itself decides who may read it.
  const id = typeof idee === "string" && /^\d{1,12}$/.test(idee) ? idee : null;
  const steps = ["read", "mail", "support"] as const;
  const link = "font-medium text-azblue-700 underline underline-offset-2";
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-3 text-lg text-slate-700" role="status">
        {t("received")}
      </p>
      <h2 className="mt-8 text-xl font-semibold">{t("nextTitle")}</h2>
      <ol className="mt-3 list-decimal space-y-2 pl-6 text-slate-800">
        {steps.map((step) => (
          <li key={step}>{t(`steps.${step}`)}</li>
        ))}
      </ol>
      <ul className="mt-8 flex flex-wrap gap-x-6 gap-y-3">
        {id && (
          <li>
            <Link href={{ pathname: "/centenaire/[id]/suivi", params: { id } }} className={link}>
              {t("seeIdea")}
            </Link>
          </li>
        )}
        <li>
          <Link href="/compte" className={link}>
            {t("myIdeas")}
          </Link>
        </li>
        <li>
          <Link href="/centenaire" className={link}>
            {t("gallery")}
          </Link>
        </li>
      </ul>
    </div>
  );
}
