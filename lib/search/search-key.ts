/*
 * The search key: what the one search (/fr/recherche, /az/axtaris) compares.
 * Stronger than lib/text-fold.ts: besides case, accents and the Azerbaijani
 * letters, it reads Azerbaijani typed in Cyrillic ("Азәрбајҹан", "Шуша") and
 * in the Latin letters of other keyboards ("Azerbaycan", "Shusha", "Gabala")
 * as the Latin spelling. Letters that other keyboards write alike share one
 * key: ə/a/e, q/g/ğ, x/h, ı/i, ş/s, ç/c, and the digraphs sh, ch, kh, gh, zh, dj.
 *
 * The same key is computed by PostgreSQL (the search_key() function of the
 * migration db/migrations/NNNN_search_everything.sql, generated from these
 * tables by searchKeySqlFunction below) for the indexed text, and here for the query
 * and the highlighting: tests/unit/search-key.test.ts keeps the two alike.
 */

/** Letters that become several before the rest (the result then goes through the single letters). */
const multiLetters: [string, string][] = [
  ["œ", "oe"], ["Œ", "oe"], ["æ", "ae"], ["Æ", "ae"], ["ß", "ss"],
  // Russian Cyrillic letters written with two Latin ones.
  ["я", "ya"], ["Я", "ya"], ["ю", "yu"], ["Ю", "yu"], ["ё", "yo"], ["Ё", "yo"], ["ц", "ts"], ["Ц", "ts"],
];

/** Each lower-case letter and its key letter; the upper-case letter follows it. */
const letterKeys: Record<string, string> = {
  // Latin, with the letters other keyboards write alike merged.
  a: "a", b: "b", c: "c", d: "d", e: "a", f: "f", g: "g", h: "h", i: "i", j: "j", k: "k", l: "l", m: "m",
  n: "n", o: "o", p: "p", q: "g", r: "r", s: "s", t: "t", u: "u", v: "v", w: "v", x: "h", y: "y", z: "z",
  // Azerbaijani.
  ə: "a", ğ: "g", ı: "i", ö: "o", ü: "u", ş: "s", ç: "c",
  // French and other Latin accents.
  à: "a", á: "a", â: "a", ã: "a", ä: "a", å: "a", ā: "a", ă: "a", ą: "a",
  ć: "c", č: "c", ď: "d", đ: "d",
  è: "a", é: "a", ê: "a", ë: "a", ē: "a", ė: "a", ę: "a", ě: "a",
  ì: "i", í: "i", î: "i", ï: "i", ī: "i", į: "i",
  ł: "l", ñ: "n", ń: "n", ň: "n",
  ò: "o", ó: "o", ô: "o", õ: "o", ø: "o", ō: "o", ő: "o",
  ŕ: "r", ř: "r", ś: "s", š: "s", ș: "s", ť: "t", ț: "t", ţ: "t",
  ù: "u", ú: "u", û: "u", ū: "u", ů: "u", ű: "u", ý: "y", ÿ: "y", ž: "z", ź: "z", ż: "z",
  // Azerbaijani Cyrillic (1958-1991) and the Russian letters it shares.
  а: "a", б: "b", в: "v", г: "g", ғ: "g", д: "d", е: "a", ә: "a", ж: "j", з: "z", и: "i", ы: "i", ј: "y",
  й: "y", к: "k", ҝ: "g", қ: "k", л: "l", м: "m", н: "n", о: "o", ө: "o", п: "p", р: "r", с: "s", т: "t",
  у: "u", ү: "u", ф: "f", х: "h", һ: "h", ч: "c", ҹ: "c", ш: "s", щ: "s", э: "a", і: "i",
};
// İ is the upper case of i; the dotted capital lower-cases to i plus a combining dot elsewhere.
const extraKeys: Record<string, string> = { İ: "i" };

/** Dropped: the signs without a sound of Russian and the combining accents of decomposed text. */
const dropped = "ьЬъЪ\u0300\u0301\u0302\u0303\u0304\u0306\u0307\u0308\u030a\u030b\u030c\u0326\u0327\u0328";

/** Pairs of key letters that other keyboards write for one Azerbaijani letter, in the order they are replaced. */
const digraphs: [string, string][] = [["sh", "s"], ["ch", "c"], ["zh", "j"], ["kh", "h"], ["gh", "g"], ["dj", "c"]];

function singleLetterTable(): Map<string, string> {
  const table = new Map<string, string>();
  for (const [lower, key] of Object.entries(letterKeys)) {
    table.set(lower, key);
    const upper = lower.toUpperCase();
    if (upper.length === 1 && upper !== lower && !table.has(upper) && !(upper in letterKeys)) table.set(upper, key);
  }
  for (const [letter, key] of Object.entries(extraKeys)) table.set(letter, key);
  return table;
}

const singleLetters = singleLetterTable();

/** The search key of a text: words of a-z and 0-9 separated by single spaces. */
export function searchKey(text: string): string {
  let key = text.toWellFormed();
  for (const [from, to] of multiLetters) key = key.replaceAll(from, to);
  let mapped = "";
  for (const char of key) {
    if (dropped.includes(char)) continue;
    mapped += singleLetters.get(char) ?? char;
  }
  for (const [from, to] of digraphs) mapped = mapped.replaceAll(from, to);
  return mapped.replace(/[^a-z0-9]+/g, " ").trim();
}

/** The words of a search as keys: at most `max`, none longer than 60 letters, each once. */
export function searchKeyTerms(query: string, max = 8): string[] {
  const key = searchKey(query.slice(0, 2000));
  if (!key) return [];
  return [...new Set(key.split(" ").map((word) => word.slice(0, 60)))].slice(0, max);
}

/**
 * Whether a searched term finds `word` (both keys): as the start of the word, or, for a term of one or
 * two letters, as the whole word (a start so short matches most of the text, and pages nobody reads).
 */
export function termMatches(term: string, word: string): boolean {
  return term.length >= minPrefixLength ? word.startsWith(term) : word === term;
}

/** The shortest term that is searched as a word start (see termMatches); the same rule in to_tsquery terms. */
export const minPrefixLength = 3;

/** `term` in to_tsquery's syntax, as termMatches reads it. */
export function tsQueryTerm(term: string): string {
  return term.length >= minPrefixLength ? `${term}:*` : term;
}

const sqlString = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** The SQL of search_key(), the same key in PostgreSQL, for the migration (and its test). */
export function searchKeySqlFunction(): string {
  let expression = "input";
  for (const [from, to] of multiLetters) expression = `replace(${expression}, ${sqlString(from)}, ${sqlString(to)})`;
  const from = [...singleLetters.keys()].join("");
  const to = [...singleLetters.values()].join("");
  // translate() drops the letters of its second argument that have no counterpart in the third.
  expression = `translate(${expression}, ${sqlString(from + dropped)}, ${sqlString(to)})`;
  for (const [pair, letter] of digraphs) expression = `replace(${expression}, ${sqlString(pair)}, ${sqlString(letter)})`;
  expression = `btrim(regexp_replace(${expression}, '[^a-z0-9]+', ' ', 'g'))`;
  return [
    "CREATE OR REPLACE FUNCTION search_key(input text) RETURNS text",
    "LANGUAGE sql IMMUTABLE PARALLEL SAFE",
    `RETURN ${expression}`,
  ].join("\n");
}
