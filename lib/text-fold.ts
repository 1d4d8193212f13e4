// Letters that neither lower-casing nor Unicode decomposition bring to plain Latin.
const extraLetters: Record<string, string> = { ə: "e", ı: "i", œ: "oe", æ: "ae", ß: "ss", ø: "o", đ: "d", ł: "l" };

/**
 * Folds text for search: lower case, no diacritics, Azerbaijani letters
 * transliterated (ə→e, ı→i, ş→s…), everything that is not a letter or a digit
 * made a single space. "ŞUŞA", "Şuşa" and "susa" fold alike; so do "İlham"
 * and "ilham", and "Événement" and "evenement".
 */
export function foldText(text: string): string {
  return (
    text
      // Lone surrogates would not survive the trip to PostgreSQL.
      .toWellFormed()
      // Done before lower-casing: JavaScript lower-cases İ to "i" plus a combining dot.
      .replace(/İ/g, "i")
      .toLowerCase()
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .replace(/[əıœæßøđł]/g, (letter) => extraLetters[letter])
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim()
  );
}

/** The words of a search, folded, at most `max` of them and none longer than 100 letters. */
export function searchTerms(query: string, max = 8): string[] {
  const folded = foldText(query.slice(0, 2000));
  if (!folded) return [];
  const unique = [...new Set(folded.split(" ").map((word) => word.slice(0, 100)))];
  return unique.slice(0, max);
}

/** Escapes the wildcards of LIKE, so that a term is matched as typed. */
export function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}
