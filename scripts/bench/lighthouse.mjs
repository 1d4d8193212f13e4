// Lighthouse's performance score (mobile defaults: a mid-range phone on a slow
// 4G link, simulated) for a few pages, in Debian's Chromium. Each page is
// measured once per run of Chromium, on a cold browser cache, as a first-time
// reader sees it.
//
//   node scripts/bench/lighthouse.mjs http://127.0.0.1:3000 /fr /fr/actualites
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const chromeFlags = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-extensions", "--no-first-run"];

/**
 * [{ path, score, fcpMs, lcpMs, tbtMs, cls, benchmarkIndex }] for each path under `base`. `benchmarkIndex` is
 * Lighthouse's own measure of the machine's CPU: the simulated phone is this machine slowed 4 times, so the
 * blocking time, and the score, follow it from one machine to the next.
 */
export async function lighthouseScores(base, paths) {
  const results = [];
  for (const path of paths) {
    const chrome = await chromeLauncher.launch({ chromePath, chromeFlags });
    try {
      const runner = await lighthouse(base + path, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"] });
      const { categories, audits, environment } = runner.lhr;
      results.push({
        path,
        score: categories.performance.score,
        fcpMs: Math.round(audits["first-contentful-paint"].numericValue),
        lcpMs: Math.round(audits["largest-contentful-paint"].numericValue),
        tbtMs: Math.round(audits["total-blocking-time"].numericValue),
        cls: +audits["cumulative-layout-shift"].numericValue.toFixed(3),
        benchmarkIndex: Math.round(environment.benchmarkIndex),
      });
    } finally {
      await chrome.kill();
    }
  }
  return results;
}

if (process.argv[1]?.endsWith("lighthouse.mjs")) {
  const [base, ...paths] = process.argv.slice(2);
  for (const r of await lighthouseScores(base, paths)) console.log(`${r.path}\t${r.score}\tFCP ${r.fcpMs} ms\tLCP ${r.lcpMs} ms\tTBT ${r.tbtMs} ms\tCLS ${r.cls}\tbenchmark index ${r.benchmarkIndex}`);
}
