import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";

// A private instance: options set here never leak into another user of marked.
const marked = new Marked({ gfm: true, breaks: false, async: false });

// Only what an article needs. Anything else, attributes and URL schemes
// included, is dropped, whoever wrote the Markdown and whatever HTML it holds.
const articleHtml: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "h2", "h3", "h4", "strong", "em", "del", "blockquote", "ul", "ol", "li", "a", "code", "pre", "hr", "img", "table", "thead", "tbody", "tr", "th", "td"],
  allowedAttributes: { a: ["href", "title", "rel"], img: ["src", "alt", "title"], ol: ["start"], th: ["align"], td: ["align"] },
  allowedSchemes: ["http", "https", "mailto"],
  // Remote images over plain http would be mixed content; ours are served from /uploads.
  allowedSchemesByTag: { img: ["https"] },
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  transformTags: {
    // The page's title is its only h1.
    h1: "h2",
    h5: "h4",
    h6: "h4",
    // A link or an image whose address is refused loses its tag and keeps its text.
    a: (tagName, attribs) => {
      const href = attribs.href ?? "";
      if (!isSafeLink(href)) return { tagName: "span", attribs: {} };
      return { tagName, attribs: { ...attribs, rel: /^https?:/i.test(href) ? "noopener noreferrer nofollow" : "" } };
    },
  },
  exclusiveFilter: (frame) => frame.tag === "img" && !isSafeImage(frame.attribs.src ?? ""),
};

// Checked before sanitize-html's own scheme filter, which stays as a second lock.
function isSafeLink(href: string): boolean {
  if (/[\u0000-\u0020]/.test(href)) return false;
  return /^(https?:\/\/|mailto:)/i.test(href) || /^\/(?![\/\\])/.test(href) || href.startsWith("#");
}

function isSafeImage(src: string): boolean {
  return /^https:\/\/[^\s]+$/i.test(src) || /^\/uploads\/[\w.-]+$/.test(src);
}

/** Markdown to HTML that is safe to put in a page as it is. */
export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown) as string;
  return sanitizeHtml(html, articleHtml).replace(/ rel=""/g, "");
}

/**
 * An article's body as its top-level blocks (paragraphs, headings, lists,
 * quotes, code), each as the Markdown typed, for reading two versions side by
 * side block by block. Each block is rendered alone by renderMarkdown.
 */
export function markdownBlocks(markdown: string): string[] {
  return marked
    .lexer(markdown)
    .filter((token) => token.type !== "space")
    .map((token) => token.raw.trim())
    .filter(Boolean);
}

// A member's comment: emphasis and links, nothing else. Their links are the
// members' own: search engines are told so (nofollow ugc), and they open nothing of ours.
const commentHtml: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "strong", "em", "a"],
  allowedAttributes: { a: ["href", "rel"] },
  allowedSchemes: ["http", "https"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  transformTags: {
    a: (tagName, attribs): sanitizeHtml.Tag => {
      const href = attribs.href ?? "";
      if (!/^https?:\/\/[^\s]+$/i.test(href)) return { tagName: "span", attribs: {} };
      return { tagName, attribs: { href, rel: "nofollow ugc noopener noreferrer" } };
    },
  },
};

// Markdown that comments do not take (headings, lists, quotes, code, images) is kept as the text typed.
const commentMarked = new Marked({ gfm: true, breaks: true, async: false });
commentMarked.use({
  tokenizer: {
    heading: () => undefined,
    lheading: () => undefined,
    list: () => undefined,
    blockquote: () => undefined,
    code: () => undefined,
    fences: () => undefined,
    hr: () => undefined,
    table: () => undefined,
    html: () => undefined,
    codespan: () => undefined,
    del: () => undefined,
  },
  renderer: {
    image: ({ text }) => text,
  },
});

/** A comment's Markdown (emphasis and links) to HTML that is safe to put in a page as it is. */
export function renderCommentMarkdown(markdown: string): string {
  return sanitizeHtml(commentMarked.parse(markdown) as string, commentHtml);
}

/** The words of a Markdown text without its markup, for search and descriptions. */
export function markdownToText(markdown: string): string {
  const html = marked.parse(markdown) as string;
  return sanitizeHtml(html.replace(/<\/(p|h\d|li|blockquote|pre|tr)>/g, "$& "), { allowedTags: [], allowedAttributes: {} })
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}
