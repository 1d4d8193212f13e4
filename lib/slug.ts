import { foldText } from "./text-fold";

export const SLUG_MAX_LENGTH = 80;
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A URL slug from a title, in either language: Azerbaijani letters are
 * transliterated (ə→e, ı→i, ş→s, ç→c, ğ→g, ö→o, ü→u, upper case likewise),
 * French accents dropped, anything else becomes a hyphen. Cut at a word
 * boundary so that a long title gives a readable slug.
 */
export function slugify(text: string): string {
  const words = foldText(text)
    .replace(/[^a-z0-9 ]+/g, " ")
    .split(" ")
    .filter(Boolean);
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > SLUG_MAX_LENGTH) return slug || word.slice(0, SLUG_MAX_LENGTH);
    slug = next;
  }
  return slug;
}

export function isSlug(value: string): boolean {
  return value.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(value);
}
