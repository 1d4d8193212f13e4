export const searchKinds = ["news", "events", "ideas"] as const;
export type SearchKind = (typeof searchKinds)[number];

/** Beyond this page a search is better narrowed than paged (and an offset costs what it skips). */
export const maxSearchPage = 50;

type SearchParams = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The search page's address parameters, whatever was typed in the address bar: anything unknown reads as the default. */
export function readSearchParams(params: SearchParams): { query: string; kind?: SearchKind; page: number } {
  const query = (first(params.q) ?? "").slice(0, 200).trim();
  const kind = searchKinds.find((k) => k === first(params.kind));
  const pageText = first(params.page) ?? "";
  const page = /^\d{1,3}$/.test(pageText) ? Math.min(Math.max(Number(pageText), 1), maxSearchPage) : 1;
  return { query, kind, page: kind ? page : 1 };
}
