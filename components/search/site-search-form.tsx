import { getTranslations } from "next-intl/server";

/** The search page's own form: a plain GET form, the search lives in the address and needs no script. */
export async function SiteSearchForm({ action, query }: { action: string; query: string }) {
  const t = await getTranslations("Search");
  return (
    <form role="search" action={action} method="get" className="flex flex-col gap-2 sm:flex-row sm:items-end">
      <div className="flex-1 space-y-1">
        <label htmlFor="site-search" className="block font-medium">
          {t("label")}
        </label>
        <input
          id="site-search"
          name="q"
          type="search"
          defaultValue={query}
          maxLength={200}
          aria-describedby="site-search-hint"
          className="block w-full rounded-md border border-slate-300 px-3 py-2 shadow-sm"
        />
        <p id="site-search-hint" className="text-sm text-slate-600">
          {t("hint")}
        </p>
      </div>
      <button type="submit" className="rounded-md bg-azblue-600 px-4 py-2 font-semibold text-white hover:bg-azblue-700 sm:mb-7">
        {t("submit")}
      </button>
    </form>
  );
}
