import { getTranslations } from "next-intl/server";
import { organisations } from "@/db/schema";
import type { DeskScope } from "@/server/news/translation-desk";

/** Whose articles the translation desk shows: a GET form, so the choice has an address. */
export async function DeskScopeFilter({ action, scope }: { action: string; scope: DeskScope }) {
  const t = await getTranslations("TranslationDesk");
  const tNews = await getTranslations("News");
  return (
    <form action={action} method="get" className="flex flex-wrap items-end gap-3 rounded-xl bg-slate-50 p-4">
      <div className="space-y-1">
        <label htmlFor="desk-org" className="block text-sm font-medium">
          {t("scope")}
        </label>
        <select id="desk-org" name="org" defaultValue={scope === "mine" ? "" : scope} className="block rounded-md border border-slate-300 px-3 py-2 shadow-sm">
          <option value="">{t("scopeMine")}</option>
          <option value="all">{t("scopeAll")}</option>
          {organisations.map((organisation) => (
            <option key={organisation} value={organisation}>
              {tNews(`organisation.${organisation}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded-md bg-azblue-600 px-4 py-2 font-semibold text-white hover:bg-azblue-700">
        {t("apply")}
      </button>
    </form>
  );
}
