import fs from "node:fs";
import type http from "node:http";
import path from "node:path";

/**
 * The text face (Noto Sans, @fontsource-variable, imported by app/globals.css)
 * is preloaded with every page: a `Link: rel=preload` header lets the browser
 * fetch it with the HTML instead of after the styles, so that the first paint
 * is in the right face (Lighthouse counts the later swap against the page).
 * The files carry the build's hash in their names: they are looked up once, in
 * the build's media folder. Two files every page uses: Latin (36 kB), and the
 * Azerbaijani letters beyond it (ə, ğ, ş…: 4 kB, scripts/brand/subset-font.mjs),
 * which French pages need too for the header's link "Azərbaycan dilində oxuyun".
 * The whole latin-ext file (170 kB) is not preloaded: on a slow phone link it
 * held back the largest paint, and only a rarer letter (a Polish name) needs it.
 */
const subsets = { latin: "noto-sans-latin-wght-normal.", azerbaijani: "noto-sans-az-wght-normal." };

let links: string | undefined;

function findLinks(): string {
  let files: string[] = [];
  try {
    files = fs.readdirSync(path.join(process.cwd(), ".next", "static", "media"));
  } catch {
    // No build output to read (a test): nothing to preload.
  }
  const link = (prefix: string) => {
    const file = files.find((name) => name.startsWith(prefix) && name.endsWith(".woff2"));
    return file ? `</_next/static/media/${file}>; rel=preload; as=font; type="font/woff2"; crossorigin` : undefined;
  };
  return [link(subsets.latin), link(subsets.azerbaijani)].filter(Boolean).join(", ");
}

/** Adds the preload header to a page (an HTML answer to GET). */
export function preloadFonts(request: http.IncomingMessage, response: http.ServerResponse, status: number): void {
  if (status !== 200 || request.method !== "GET") return;
  if (!String(response.getHeader("content-type") ?? "").startsWith("text/html")) return;
  links ??= findLinks();
  if (links && !response.hasHeader("link")) response.setHeader("Link", links);
}
