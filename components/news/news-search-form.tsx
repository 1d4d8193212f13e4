import { getTranslations } from "next-intl/server";
import type { Organisation } from "@/db/schema";

/** A plain GET form: the search lives in the address, so it can be shared and needs no script. */
export async function NewsSearchForm({ action, query, organisation }: { action: string; query?: string; organisation?: Organisation }) {
  const t = await getTranslations("News");
  return (
    <form role="search" action={action} method="get" className="flex flex-col gap-2 sm:flex-row sm:items-end">
      <div className="flex-1 space-y-1">
        <label htmlFor="news-search" className="block font-medium">
          {t("search.label")}
        </label>
        <input
          id="news-search"
          name="q"
          type="search"
          defaultValue={query}
          maxLength={200}
          className="block w-full rounded-md border border-slate-300 px-3 py-2 shadow-sm"
        />
      </div>
      {organisation && <input type="hidden" name="org" value={organisation} />}
      <button type="submit" className="rounded-md bg-azblue-600 px-4 py-2 font-semibold text-white hover:bg-azblue-700">
        {t("search.submit")}
      </button>
    </form>
  );
}
