import { renderMarkdown } from "@/lib/markdown";

// The sanitized HTML takes no classes, so its typography is set from the container.
const typography =
  "space-y-4 leading-relaxed text-slate-800 [&_a]:text-azblue-700 [&_a]:underline [&_blockquote]:border-l-4 [&_blockquote]:border-azblue-600 [&_blockquote]:pl-4 [&_blockquote]:italic [&_h2]:mt-8 [&_h2]:text-2xl [&_h2]:font-bold [&_h3]:mt-6 [&_h3]:text-xl [&_h3]:font-semibold [&_h4]:font-semibold [&_img]:h-auto [&_img]:max-w-full [&_img]:rounded-lg [&_li]:mt-1 [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:list-disc [&_ul]:pl-6";

/** An event's Markdown description, rendered and sanitized on the server. */
export function EventDescription({ markdown, lang }: { markdown: string; lang?: string }) {
  if (!markdown.trim()) return null;
  return <div lang={lang} className={typography} dangerouslySetInnerHTML={{ __html: renderMarkdown(markdown) }} />;
}
