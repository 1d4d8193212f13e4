// First-load JavaScript of a page as a browser gets it: Chromium (Debian's,
// CHROMIUM_PATH to override) opens the page, and every script it downloads
// until the network is idle is counted, gzipped (Turbopack builds no longer
// print sizes). The HTML's <script src> tags alone are not enough: the chunks
// of client components are named in the page's RSC payload and loaded from
// there. Next's `nomodule` polyfills are not downloaded by such a browser, so
// they are not counted.
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";

export async function firstLoadJs(base, paths) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
  const out = [];
  try {
    for (const path of paths) {
      const page = await browser.newPage();
      const scripts = new Map();
      page.on("response", (response) => {
        if (response.request().resourceType() !== "script") return;
        scripts.set(
          response.url(),
          response.body().then((body) => gzipSync(body).length, () => 0),
        );
      });
      await page.goto(base + path, { waitUntil: "networkidle" });
      const sizes = await Promise.all(scripts.values());
      await page.close();
      out.push({ path, scripts: sizes.length, gzipKB: Math.round(sizes.reduce((a, b) => a + b, 0) / 102.4) / 10 });
    }
  } finally {
    await browser.close();
  }
  return out;
}
