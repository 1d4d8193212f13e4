// Control characters PostgreSQL refuses (NUL) or that only ever hide text; tabs and newlines stay.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Normalises what a member typed: one kind of newline, no control characters. */
export function cleanText(value: string): string {
  return value.replace(/\r\n?/g, "\n").replace(CONTROL, "").trim();
}

/** A title is one line. */
export function cleanTitle(value: string): string {
  return cleanText(value).replace(/\s*\n\s*/g, " ");
}

/** Length as PostgreSQL counts it (code points), not UTF-16 units. */
export function textLength(value: string): number {
  return [...value].length;
}

/** Paragraphs are separated by blank lines; single newlines stay inside a paragraph. */
export function paragraphs(value: string): string[] {
  return value
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n/)
    .map((part) => part.replace(/^\n+|\n+$/g, ""))
    .filter((part) => part.trim().length > 0);
}
