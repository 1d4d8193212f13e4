import { markdownToText } from "../markdown";
import { foldText } from "../text-fold";

/**
 * The folded text a language version is searched by: its title apart, so
 * that title matches rank first, and its summary with its body's words.
 */
export function searchColumns(version: { title: string; summary: string; body: string }) {
  return {
    searchTitle: foldText(version.title),
    searchText: foldText(`${version.summary} ${markdownToText(version.body)}`),
  };
}
