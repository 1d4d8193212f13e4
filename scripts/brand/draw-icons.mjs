// Draws the portal's icons from its mark (lib/brand-mark.ts): the favicon,
// the SVG icon, the Apple touch icon, the web app manifest's icons and the
// default Open Graph image. The outputs are committed; run this again after
// changing the mark: `npx tsx scripts/brand/draw-icons.mjs`.
import fs from "node:fs";
import sharp from "sharp";
import { brandColours, brandMarkSvg, brandMarkSvgBody } from "../../lib/brand-mark.ts";

const svg = brandMarkSvg();
fs.writeFileSync("app/icon.svg", svg);

const png = (size) => sharp(Buffer.from(svg), { density: (72 * size) / 48 }).resize(size, size).png().toBuffer();

// An .ico holding PNG images (every browser since IE 11 reads them).
async function ico(sizes) {
  const images = await Promise.all(sizes.map(png));
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach((image, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(sizes[i] % 256, entry);
    header.writeUInt8(sizes[i] % 256, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(image.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += image.length;
  });
  return Buffer.concat([header, ...images]);
}

fs.writeFileSync("app/favicon.ico", await ico([16, 32, 48]));
// Apple draws its own rounded corners over a square, opaque image.
const square = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48"><rect width="48" height="48" fill="${brandColours.red}"/>${brandMarkSvgBody("apple").replace('rx="10"', 'rx="0"')}</svg>`;
fs.writeFileSync("app/apple-icon.png", await sharp(Buffer.from(square), { density: 270 }).resize(180, 180).png().toBuffer());
fs.mkdirSync("public", { recursive: true });
fs.writeFileSync("public/icon-192.png", await png(192));
fs.writeFileSync("public/icon-512.png", await png(512));

// 1200 × 630, the size every network shows whole: the mark, both names, the flag's bands.
const { blue, red, green } = brandColours;
const og = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <rect width="1200" height="630" fill="#ffffff"/>
  <rect y="600" width="400" height="30" fill="${blue}"/><rect x="400" y="600" width="400" height="30" fill="${red}"/><rect x="800" y="600" width="400" height="30" fill="${green}"/>
  <svg x="90" y="165" width="260" height="260" viewBox="0 0 48 48">${brandMarkSvgBody("og")}</svg>
  <text x="400" y="285" font-family="DejaVu Sans, sans-serif" font-size="52" font-weight="bold" fill="#0b3344">Azerbaïdjanais de France</text>
  <text x="400" y="365" font-family="DejaVu Sans, sans-serif" font-size="46" fill="#005f82">Fransa azərbaycanlıları</text>
  <text x="400" y="440" font-family="DejaVu Sans, sans-serif" font-size="28" fill="#475569">Ambassade · Association Ulduz · Centre culturel</text>
</svg>`;
fs.writeFileSync("app/opengraph-image.png", await sharp(Buffer.from(og)).png().toBuffer());
fs.writeFileSync("app/opengraph-image.alt.txt", "Azerbaïdjanais de France · Fransa azərbaycanlıları");
console.log("icons drawn");
