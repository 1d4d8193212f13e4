import { ideaCategories, type IdeaCategory } from "@/db/schema/ideas";
import { decodeCursor, type IdeaCursor } from "./cursor";

export const ideaSorts = ["supports", "newest", "discussed"] as const;
export type IdeaSort = (typeof ideaSorts)[number];
/** The statuses the gallery filters by: both are public. */
export const ideaStatusFilters = ["published", "retained"] as const;
export type IdeaStatusFilter = (typeof ideaStatusFilters)[number];

/** What the gallery shows: its address's query, read whatever was typed there (anything unknown reads as the default). */
export type GalleryParams = { search: string; category?: IdeaCategory; status?: IdeaStatusFilter; sort: IdeaSort; after?: IdeaCursor };

type SearchParams = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function readGalleryParams(query: SearchParams): GalleryParams {
  const rawCategory = one(query.category);
  const rawStatus = one(query.status);
  const sort = ideaSorts.find((value) => value === one(query.sort)) ?? "supports";
  return {
    search: (one(query.q) ?? "").slice(0, 200).trim(),
    category: ideaCategories.find((value) => value === rawCategory),
    status: ideaStatusFilters.find((value) => value === rawStatus),
    sort,
    after: decodeCursor(one(query.after), sort === "newest" ? "time" : "count"),
  };
}

/**
 * The address's query for these choices, defaults left out: a search alone (`?q=…`) is then the
 * cached page of that search (app/[locale]/centenaire/variants.ts).
 */
export function galleryQuery(params: Omit<GalleryParams, "after">): Record<string, string> {
  return {
    ...(params.search ? { q: params.search } : {}),
    ...(params.category ? { category: params.category } : {}),
    ...(params.status ? { status: params.status } : {}),
    ...(params.sort !== "supports" ? { sort: params.sort } : {}),
  };
}
