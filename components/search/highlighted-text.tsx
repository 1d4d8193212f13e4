import { searchKey, termMatches } from "@/lib/search/search-key";

/**
 * `text` with the words that a search matched in <mark>: a word is matched
 * when its search key starts with one of `terms` (the keys of the words
 * searched, lib/search/search-key.ts), as the database matched it. The text
 * is split into plain strings that React escapes: nothing in the content or
 * the query is ever read as HTML.
 */
export function HighlightedText({ text, terms }: { text: string; terms: string[] }) {
  if (terms.length === 0) return text;
  const parts = text.split(/([\p{L}\p{M}\p{N}]+)/u);
  return parts.map((part, index) => {
    // Odd indexes are the words the split captured; even ones what lies between them.
    const matched = index % 2 === 1 && searchKey(part).split(" ").some((word) => word && terms.some((term) => termMatches(term, word)));
    return matched ? (
      <mark key={index} className="rounded-sm bg-amber-100 px-0.5 text-inherit">
        {part}
      </mark>
    ) : (
      part
    );
  });
}
