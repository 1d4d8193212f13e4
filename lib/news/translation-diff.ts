import { diffWords } from "diff";

export type TextChange = { kind: "same" | "added" | "removed"; text: string };

/**
 * What changed, word by word, from the text a translation was written against
 * to the text there is now; null when the texts are too far apart to compare
 * within a second (the editor then reads the whole text). Plain strings: the
 * page shows them as text, never as HTML.
 */
export function textChanges(before: string, after: string): TextChange[] | null {
  const parts = diffWords(before, after, { timeout: 1000 });
  if (!parts) return null;
  return parts.map((part) => ({ kind: part.added ? "added" : part.removed ? "removed" : "same", text: part.value }));
}
