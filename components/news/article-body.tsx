import { renderMarkdown } from "@/lib/markdown";
import { ArticleHtml } from "./article-html";

/** An article's Markdown, rendered and sanitized on the server. */
export function ArticleBody({ markdown, lang }: { markdown: string; lang?: string }) {
  return <ArticleHtml html={renderMarkdown(markdown)} lang={lang} />;
}
