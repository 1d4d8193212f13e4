import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

/** The honest page of a pillar that is not built yet. */
export async function ComingSoon({ title }: { title: string }) {
  const t = await getTranslations("ComingSoon");
  return (
    <div className="mx-auto max-w-2xl py-8">
      <h1 className="text-3xl font-bold">{title}</h1>
      <div className="mt-6 rounded-xl bg-azblue-50 p-6">
        <h2 className="text-lg font-semibold">{t("title")}</h2>
        <p className="mt-2 text-slate-700">{t("text")}</p>
        <Link href="/" className="mt-4 inline-block font-medium text-azblue-700 underline underline-offset-2">
          {t("back")}
        </Link>
      </div>
    </div>
  );
}
