import { renderMarkdown } from "@/lib/markdown";
import styles from "./markdown-body.module.css";

/** HTML that lib/markdown.ts has rendered and sanitized on the server, and only that. */
export function MarkdownHtml({ html, lang }: { html: string; lang?: string }) {
  return <div lang={lang} className={styles.body} dangerouslySetInnerHTML={{ __html: html }} />;
}

/**
 * A Markdown text written by an editor (an article's body, an event's
 * description), rendered and sanitized on the server; nothing for an empty one.
 */
export function MarkdownBody({ markdown, lang }: { markdown: string; lang?: string }) {
  if (!markdown.trim()) return null;
  return <MarkdownHtml html={renderMarkdown(markdown)} lang={lang} />;
}
