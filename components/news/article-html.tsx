import styles from "./article-body.module.css";

/** HTML that lib/markdown.ts has rendered and sanitized on the server, and only that. */
export function ArticleHtml({ html, lang }: { html: string; lang?: string }) {
  return <div lang={lang} className={styles.body} dangerouslySetInnerHTML={{ __html: html }} />;
}
