// First-load JavaScript of a page as a browser gets it: every <script src>
// of its HTML, gzipped (Turbopack builds no longer print sizes).
import { gzipSync } from "node:zlib";

export async function firstLoadJs(base, paths) {
  const sizes = new Map();
  const out = [];
  for (const path of paths) {
    const html = await (await fetch(base + path)).text();
    const sources = [...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, "&")))];
    let total = 0;
    for (const src of sources) {
      if (!sizes.has(src)) sizes.set(src, gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())).length);
      total += sizes.get(src);
    }
    out.push({ path, scripts: sources.length, gzipKB: Math.round(total / 102.4) / 10 });
  }
  return out;
}
