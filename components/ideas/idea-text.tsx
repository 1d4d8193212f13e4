import { paragraphs } from "@/lib/ideas/text";

type Props = { text: string; lang: string; className?: string };

/**
 * What a member wrote, as text and only as text: React escapes it, paragraphs
 * come from blank lines, long unbroken strings wrap, and `dir`/isolation keep
 * stray right-to-left marks from reordering the page around it.
 */
export function IdeaText({ text, lang, className = "" }: Props) {
  return (
    <div lang={lang} dir="ltr" className={`space-y-3 [overflow-wrap:anywhere] [unicode-bidi:isolate] ${className}`}>
      {paragraphs(text).map((paragraph, index) => (
        <p key={index} className="whitespace-pre-line">
          {paragraph}
        </p>
      ))}
    </div>
  );
}

/** A title or a short line from a member, isolated the same way, for headings and links. */
export function IdeaLine({ text, lang }: { text: string; lang: string }) {
  return (
    <bdi lang={lang} dir="ltr" className="[overflow-wrap:anywhere]">
      {text}
    </bdi>
  );
}
