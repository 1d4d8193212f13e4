import { paragraphs } from "@/lib/ideas/text";

// `scrollable`: a box of limited height; it takes the focus so that the keyboard can scroll it.
type Props = { text: string; lang: string; className?: string; scrollable?: boolean };

/**
 * What a member wrote, as text and only as text: React escapes it, paragraphs
 * come from blank lines, long unbroken strings wrap, and `dir`/isolation keep
 * stray right-to-left marks from reordering the page around it.
 */
export function IdeaText({ text, lang, className = "", scrollable = false }: Props) {
  return (
    <div lang={lang} dir="ltr" tabIndex={scrollable ? 0 : undefined} className={`space-y-3 [overflow-wrap:anywhere] [unicode-bidi:isolate] ${className}`}>
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
