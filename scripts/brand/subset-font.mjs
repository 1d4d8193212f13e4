// Cuts the Azerbaijani letters out of Noto Sans's "latin-ext" file into
// app/fonts/noto-sans-az-wght-normal.woff2, which app/globals.css declares
// over that range and server/http/font-preload.ts preloads with the Latin
// file. The whole latin-ext file (170 kB, the weight axis kept) was preloaded
// before for eight letters: on a slow phone link it delayed the largest paint
// of every page (docs/performance.md). The other latin-ext letters (a Polish
// or a Turkish name) still come from the whole file, when a page has them.
//
//   node scripts/brand/subset-font.mjs     (after a change of the font package)
import fs from "node:fs";
import subsetFont from "subset-font";

// Ğ ğ İ Ş ş Ə ə: the Azerbaijani letters outside fontsource's Latin file (which has ı, Ç ç, Ö ö, Ü ü).
export const azerbaijaniLetters = "ĞğİŞşƏə";
export const unicodeRange = "U+011E-011F, U+0130, U+015E-015F, U+018F, U+0259";

const source = "node_modules/@fontsource-variable/noto-sans/files/noto-sans-latin-ext-wght-normal.woff2";
const target = "app/fonts/noto-sans-az-wght-normal.woff2";

const subset = await subsetFont(fs.readFileSync(source), azerbaijaniLetters, { targetFormat: "woff2" });
fs.writeFileSync(target, subset);
console.log(`${target}: ${subset.length} bytes (from ${fs.statSync(source).size})`);
