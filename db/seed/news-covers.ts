import sharp from "sharp";
import type { Locale } from "@/i18n/routing";
import { reencodeImage } from "@/lib/image";
import { storeUpload, uploadExists } from "@/lib/uploads";
import type { SeedArticle } from "./news-types";

type Motif = NonNullable<SeedArticle["cover"]>["motif"];
const blue = "#0077a3";
const red = "#d52b3a";
const green = "#3f7f25";

// An eight-pointed star: two squares, one turned by 45°.
const star = (cx: number, cy: number, r: number, fill: string) =>
  [0, 45].map((turn) => `<rect x="${cx - r}" y="${cy - r}" width="${2 * r}" height="${2 * r}" fill="${fill}" transform="rotate(${turn} ${cx} ${cy})"/>`).join("");

const motifs: Record<Motif, string> = {
  star: `${star(600, 300, 150, "#ffffff")}${star(600, 300, 90, red)}`,
  crescent: `<circle cx="560" cy="310" r="170" fill="#ffffff"/><circle cx="610" cy="310" r="140" fill="${blue}"/>${star(740, 310, 55, "#ffffff")}`,
  waves: [0, 1, 2, 3, 4]
    .map((i) => `<path d="M0 ${200 + i * 55} C 200 ${120 + i * 55}, 400 ${280 + i * 55}, 600 ${200 + i * 55} S 1000 ${120 + i * 55}, 1200 ${200 + i * 55}" stroke="${["#ffffff", red, green, "#ffffff", red][i]}" stroke-width="${10 - i}" fill="none" opacity="0.85"/>`)
    .join(""),
  circles: [220, 170, 120, 70].map((r, i) => `<circle cx="600" cy="300" r="${r}" fill="${[green, "#f5c518", red, "#ffffff"][i]}"/>`).join(""),
};

const alts: Record<Motif, Record<Locale, string>> = {
  star: { fr: "Illustration : une étoile rouge et blanche à huit branches sur fond bleu, au-dessus des trois bandes du drapeau.", az: "İllüstrasiya: mavi fonda, bayrağın üç zolağı üzərində qırmızı-ağ səkkizguşəli ulduz." },
  crescent: { fr: "Illustration : le croissant blanc et l'étoile à huit branches du drapeau azerbaïdjanais sur fond bleu.", az: "İllüstrasiya: mavi fonda Azərbaycan bayrağının ağ ayparası və səkkizguşəli ulduzu." },
  waves: { fr: "Illustration : des vagues blanches, rouges et vertes qui traversent un fond bleu.", az: "İllüstrasiya: mavi fonda ağ, qırmızı və yaşıl dalğalar." },
  circles: { fr: "Illustration : des cercles concentriques vert, jaune, rouge et blanc sur fond bleu.", az: "İllüstrasiya: mavi fonda yaşıl, sarı, qırmızı və ağ iç-içə dairələr." },
};

/** What a demo cover shows, in each language (the alt text an editor would write). */
export function seedCoverAlt(motif: Motif, locale: Locale): string {
  return alts[motif][locale];
}

function coverSvg(motif: Motif): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675" viewBox="0 0 1200 675">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${blue}"/><stop offset="1" stop-color="#0b3344"/></linearGradient></defs>
<rect width="1200" height="675" fill="url(#g)"/>${motifs[motif]}
<rect y="615" width="400" height="60" fill="${blue}"/><rect x="400" y="615" width="400" height="60" fill="${red}"/><rect x="800" y="615" width="400" height="60" fill="${green}"/>
</svg>`;
}

/**
 * Draws a demo cover if its file is missing (the database may outlive the
 * uploads folder), through the same re-encoding as an editor's upload.
 */
export async function ensureSeedCover(cover: NonNullable<SeedArticle["cover"]>): Promise<void> {
  if (await uploadExists(cover.name)) return;
  const png = await sharp(Buffer.from(coverSvg(cover.motif))).png().toBuffer();
  const image = await reencodeImage(png);
  if (!image.ok) throw new Error(`demo cover ${cover.name} could not be drawn`);
  await storeUpload(cover.name, image.data, { replace: true });
}
