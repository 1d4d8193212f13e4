import { describe, expect, it } from "vitest";
import { markdownToText, renderCommentMarkdown, renderMarkdown } from "@/lib/markdown";

// What must never reach a reader's browser, whatever an editor (or a stolen editor account) writes.
function expectHarmless(html: string) {
  expect(html).not.toMatch(/<script|<iframe|<object|<embed|<svg|<math|<style|<form|<input|<meta|<link|<base/i);
  expect(html).not.toMatch(/\son\w+\s*=/i);
  // As text the words are harmless; in an address they are not.
  expect(html).not.toMatch(/(href|src|action)\s*=\s*["']?\s*(javascript|vbscript|data):/i);
  expect(html).not.toMatch(/<a\b[^>]*href="(?!https?:\/\/|mailto:|\/[^/\\]|#)/i);
  expect(html).not.toMatch(/\sstyle\s*=/i);
}

describe("Markdown rendering", () => {
  it("renders the Markdown editors use", () => {
    const html = renderMarkdown("## Proqram\n\n**Qalın** və *kursiv*, [keçid](https://example.org).\n\n- bir\n- iki\n\n> sitat");
    expect(html).toContain("<h2>Proqram</h2>");
    expect(html).toContain("<strong>Qalın</strong>");
    expect(html).toContain("<em>kursiv</em>");
    expect(html).toContain('<a href="https://example.org" rel="noopener noreferrer nofollow">keçid</a>');
    expect(html).toContain("<li>bir</li>");
    expect(html).toContain("<blockquote>");
  });

  it("makes a level-one heading a level-two one: the page title is the only h1", () => {
    expect(renderMarkdown("# Titre")).toBe("<h2>Titre</h2>\n");
  });

  const hostile: [string, string][] = [
    ["script element", "<script>alert(1)</script>"],
    ["event handler on an image", "<img src=x onerror=alert(1)>"],
    ["event handler on any element", '<p onmouseover="alert(1)">survol</p>'],
    ["javascript: link", "[clic](javascript:alert(1))"],
    ["mixed-case scheme", "[clic](JaVaScRiPt:alert(1))"],
    ["entity-encoded scheme", '<a href="&#106;avascript:alert(1)">clic</a>'],
    ["tab inside the scheme", "[clic](java&#x09;script:alert(1))"],
    ["autolink", "<javascript:alert(1)>"],
    ["image with a javascript: source", "![x](javascript:alert(1))"],
    ["data: URL", "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"],
    ["vbscript: URL", '<a href="vbscript:msgbox(1)">x</a>'],
    ["iframe", '<iframe src="https://evil.example"></iframe>'],
    ["svg with onload", "<svg onload=alert(1)><circle r=5 /></svg>"],
    ["style element and attribute", '<style>body{display:none}</style><p style="position:fixed">x</p>'],
    ["form", '<form action="https://evil.example"><input name=password></form>'],
    ["noscript parsing trick", '<noscript><p title="</noscript><img src=x onerror=alert(1)>">'],
    ["broken-up tag", "<scr<script>ipt>alert(1)</script>"],
    ["protocol-relative link", "[x](//evil.example/path)"],
    ["meta refresh", '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
  ];
  it.each(hostile)("neutralises a %s", (_name, markdown) => {
    expectHarmless(renderMarkdown(markdown));
  });

  it("keeps the text of a refused link", () => {
    expect(renderMarkdown("[Ulduz](javascript:alert(1))")).toBe("<p>Ulduz</p>\n");
  });

  it("keeps images from the portal's uploads or over https only", () => {
    const html = renderMarkdown("![a](/uploads/x.webp) ![b](http://plain.example/b.png) ![c](https://cdn.example/c.png)");
    expect(html).toContain('src="/uploads/x.webp"');
    expect(html).toContain('src="https://cdn.example/c.png"');
    expect(html).not.toContain("plain.example");
  });

  it("gives the plain words of a text for search", () => {
    expect(markdownToText("## L'**événement**\n\n[lien](https://x.example) & <b>gras</b>")).toBe("L'événement lien & gras");
  });

  it.each(hostile)("neutralises a %s in a comment", (_name, markdown) => {
    expectHarmless(renderCommentMarkdown(markdown));
  });

  it("gives a comment emphasis and links only, its links marked as the members' own", () => {
    expect(renderCommentMarkdown("**Bravo** et *merci* : [le programme](https://example.org/p)")).toBe(
      '<p><strong>Bravo</strong> et <em>merci</em> : <a href="https://example.org/p" rel="nofollow ugc noopener noreferrer">le programme</a></p>\n',
    );
    // Headings, lists, quotes, code and images stay the text that was typed; a line break is kept.
    const html = renderCommentMarkdown("# Titre\n- un\n> cité\n`code` ![image](https://example.org/i.png)\nfin");
    expect(html).not.toMatch(/<(h\d|ul|li|blockquote|code|img)\b/);
    expect(html).toContain("# Titre<br />");
    // A link to a page of the portal or a mailbox is text in a comment: only the web's addresses are links.
    expect(renderCommentMarkdown("[ici](/fr/compte) [mail](mailto:a@b.c)")).toBe("<p>ici mail</p>\n");
  });
});
