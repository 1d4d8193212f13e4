import { organisations, type Organisation } from "@/db/schema";
import { decodeCursor } from "../news-cursor";

type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The news list's address parameters, whatever was typed in the address bar. */
export function readListParams(params: SearchParams): { query: string; organisation?: Organisation; after: string | null } {
  const query = (first(params.q) ?? "").slice(0, 2000).trim();
  const org = first(params.org);
  const organisation = organisations.find((o) => o === org);
  // A malformed cursor reads as the first page, and the page says so.
  const after = first(params.after);
  return { query, organisation, after: after && decodeCursor(after) ? after : null };
}
