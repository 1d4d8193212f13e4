import sharp from "sharp";
import type { EventCategory } from "@/db/schema";
import type { Locale } from "@/i18n/routing";
import { reencodeImage } from "@/lib/image";
import { storeUpload, uploadExists } from "@/lib/uploads";

// The flag's colours (scripts/brand/draw-icons.mjs) and a warm cream for the carpets and the light.
const blue = "#0077a3";
const red = "#d52b3a";
const green = "#3f7f25";
const cream = "#f6ead2";
const gold = "#f5c518";

// An eight-pointed star: two squares, one turned by 45°.
const star = (cx: number, cy: number, r: number, fill: string) =>
  [0, 45].map((turn) => `<rect x="${cx - r}" y="${cy - r}" width="${2 * r}" height="${2 * r}" fill="${fill}" transform="rotate(${turn} ${cx} ${cy})"/>`).join("");
const diamond = (cx: number, cy: number, r: number, fill: string) => `<path d="M${cx} ${cy - r}L${cx + r} ${cy}L${cx} ${cy + r}L${cx - r} ${cy}Z" fill="${fill}"/>`;
const note = (x: number, y: number, fill: string) => `<ellipse cx="${x}" cy="${y}" rx="22" ry="16" fill="${fill}" transform="rotate(-20 ${x} ${y})"/><rect x="${x + 17}" y="${y - 110}" width="7" height="110" fill="${fill}"/><path d="M${x + 24} ${y - 110}q40 20 30 60q-8-30-30-34z" fill="${fill}"/>`;

/** Each category's picture, drawn on a 1200 × 675 canvas, and what it shows in each language. */
const posters: Record<EventCategory, { background: [string, string]; art: string; alt: Record<Locale, string> }> = {
  exhibition: {
    background: ["#7a1f2b", "#3b0d14"],
    art: `<rect x="330" y="90" width="540" height="470" rx="8" fill="${red}" stroke="${cream}" stroke-width="14"/>
<rect x="365" y="125" width="470" height="400" fill="none" stroke="${blue}" stroke-width="16"/>
${[0, 1, 2, 3, 4, 5, 6, 7].map((i) => diamond(400 + i * 57, 108, 10, cream) + diamond(400 + i * 57, 542, 10, cream)).join("")}
${diamond(600, 325, 170, blue)}${diamond(600, 325, 125, cream)}${diamond(600, 325, 80, red)}${star(600, 325, 34, cream)}
${[[450, 190], [750, 190], [450, 460], [750, 460]].map(([x, y]) => star(x, y, 26, gold)).join("")}`,
    alt: {
      fr: "Illustration : un tapis rouge à médaillon bleu en losange, bordé de motifs crème, dans l'esprit des tapis de Quba.",
      az: "İllüstrasiya: Quba xalçalarını xatırladan, mavi romb medalyonlu və krem naxışlı haşiyəli qırmızı xalça.",
    },
  },
  concert: {
    background: [blue, "#0b3344"],
    art: `<g transform="rotate(-28 600 340)">
<rect x="588" y="40" width="24" height="330" rx="6" fill="${cream}"/>
<rect x="576" y="20" width="48" height="60" rx="10" fill="${gold}"/>
<circle cx="600" cy="420" r="70" fill="${red}"/><circle cx="600" cy="530" r="95" fill="${red}"/>
<circle cx="600" cy="530" r="60" fill="${cream}"/>
${[590, 600, 610].map((x) => `<line x1="${x}" y1="40" x2="${x}" y2="590" stroke="#0b3344" stroke-width="2"/>`).join("")}
</g>
${note(300, 260, cream)}${note(860, 200, gold)}${note(930, 420, cream)}${star(240, 480, 30, gold)}`,
    alt: {
      fr: "Illustration : un tar rouge incliné, instrument à cordes azerbaïdjanais, entouré de notes de musique sur fond bleu.",
      az: "İllüstrasiya: mavi fonda musiqi notları ilə əhatələnmiş, maili tutulmuş qırmızı tar.",
    },
  },
  class: {
    background: [green, "#1d3d12"],
    art: `<path d="M600 200 Q 470 150 300 180 L 300 520 Q 470 490 600 540 Z" fill="${cream}"/>
<path d="M600 200 Q 730 150 900 180 L 900 520 Q 730 490 600 540 Z" fill="#ffffff"/>
<line x1="600" y1="200" x2="600" y2="540" stroke="${green}" stroke-width="6"/>
${[0, 1, 2, 3, 4, 5].map((i) => `<line x1="340" y1="${240 + i * 45}" x2="560" y2="${228 + i * 45}" stroke="${blue}" stroke-width="8" stroke-linecap="round"/><line x1="640" y1="${228 + i * 45}" x2="860" y2="${240 + i * 45}" stroke="${red}" stroke-width="8" stroke-linecap="round"/>`).join("")}
${star(600, 120, 40, gold)}`,
    alt: {
      fr: "Illustration : un livre ouvert aux lignes bleues et rouges, une étoile dorée à huit branches au-dessus, sur fond vert.",
      az: "İllüstrasiya: yaşıl fonda mavi və qırmızı sətirli açıq kitab, üstündə qızılı səkkizguşəli ulduz.",
    },
  },
  meeting: {
    background: [blue, "#123f55"],
    art: `${star(600, 330, 70, cream)}${star(600, 330, 42, red)}
${Array.from({ length: 10 }, (_, i) => {
  const angle = (i / 10) * 2 * Math.PI;
  const x = 600 + 230 * Math.cos(angle);
  const y = 330 + 200 * Math.sin(angle);
  const colour = [cream, gold, "#ffffff", green, red][i % 5];
  return `<circle cx="${x.toFixed(0)}" cy="${(y - 30).toFixed(0)}" r="28" fill="${colour}"/><path d="M${(x - 42).toFixed(0)} ${(y + 45).toFixed(0)} a42 42 0 0 1 84 0z" fill="${colour}"/>`;
}).join("")}`,
    alt: {
      fr: "Illustration : dix silhouettes en cercle autour d'une étoile à huit branches, sur fond bleu.",
      az: "İllüstrasiya: mavi fonda səkkizguşəli ulduzun ətrafında dairə şəklində dayanmış on insan siluyeti.",
    },
  },
  celebration: {
    background: ["#2d6a1e", "#13300b"],
    art: `<ellipse cx="600" cy="470" rx="250" ry="60" fill="${cream}"/><path d="M350 470 Q 600 600 850 470 Z" fill="#d9c7a3"/>
${Array.from({ length: 23 }, (_, i) => `<path d="M${380 + i * 20} 470 Q ${370 + i * 20 + (i % 3) * 10} 330 ${385 + i * 20 + ((i * 7) % 30) - 15} ${220 + ((i * 37) % 70)}" stroke="${i % 2 ? "#7cc44f" : "#5aa532"}" stroke-width="9" fill="none" stroke-linecap="round"/>`).join("")}
<path d="M440 430 Q 600 470 760 430" stroke="${red}" stroke-width="20" fill="none"/><path d="M760 430 l40 40 l-50 0 z" fill="${red}"/>
<path d="M190 520 Q 150 440 200 380 Q 205 430 230 440 Q 225 400 250 360 Q 290 450 250 520 Z" fill="${gold}"/><path d="M205 520 Q 190 470 215 440 Q 225 480 240 520 Z" fill="${red}"/>
${star(1000, 170, 40, gold)}`,
    alt: {
      fr: "Illustration : un plat de semeni, le blé germé de Novruz, noué d'un ruban rouge, avec une flamme et une étoile dorée.",
      az: "İllüstrasiya: qırmızı lentlə bağlanmış Novruz səmənisi, yanında tonqal alovu və qızılı ulduz.",
    },
  },
  commemoration: {
    background: ["#2b2b33", "#111116"],
    art: `${[
      [450, 250],
      [600, 190],
      [750, 250],
    ]
      .map(([x, y]) => `<path d="M${x} ${y} Q ${(x + 600) / 2} ${(y + 560) / 2 - 40} 600 560" stroke="${green}" stroke-width="10" fill="none"/><circle cx="${x}" cy="${y}" r="62" fill="${red}"/><circle cx="${x}" cy="${y - 10}" r="40" fill="#b71f2d"/><circle cx="${x}" cy="${y - 16}" r="18" fill="${red}"/>`)
      .join("")}
<rect x="540" y="555" width="120" height="26" rx="6" fill="${cream}"/>`,
    alt: {
      fr: "Illustration : trois œillets rouges sur fond sombre, la fleur de deuil du 20 Janvier.",
      az: "İllüstrasiya: tünd fonda üç qırmızı qərənfil – 20 Yanvar matəminin gülü.",
    },
  },
  conference: {
    background: ["#0b3344", "#071c26"],
    art: `<rect x="270" y="130" width="18" height="460" fill="${cream}"/>
<path d="M288 140 Q 450 110 600 150 T 930 150 L 930 270 Q 780 230 600 270 T 288 260 Z" fill="${blue}"/>
<path d="M288 260 Q 450 230 600 270 T 930 270 L 930 390 Q 780 350 600 390 T 288 380 Z" fill="${red}"/>
<path d="M288 380 Q 450 350 600 390 T 930 390 L 930 510 Q 780 470 600 510 T 288 500 Z" fill="${green}"/>
<circle cx="590" cy="322" r="42" fill="#ffffff"/><circle cx="606" cy="322" r="34" fill="${red}"/>${star(660, 322, 18, "#ffffff")}`,
    alt: {
      fr: "Illustration : le drapeau tricolore bleu, rouge et vert au croissant et à l'étoile, adopté par la République de 1918.",
      az: "İllüstrasiya: 1918-ci il Cümhuriyyətinin qəbul etdiyi aypara və ulduzlu mavi-qırmızı-yaşıl üçrəngli bayraq.",
    },
  },
  film: {
    background: ["#3d2a5c", "#1a1128"],
    art: `<rect x="160" y="210" width="880" height="260" fill="#101010"/>
${Array.from({ length: 14 }, (_, i) => `<rect x="${180 + i * 62}" y="222" width="32" height="20" rx="4" fill="${cream}"/><rect x="${180 + i * 62}" y="438" width="32" height="20" rx="4" fill="${cream}"/>`).join("")}
${[0, 1, 2].map((i) => `<rect x="${210 + i * 270}" y="260" width="240" height="160" fill="${[blue, red, green][i]}"/>`).join("")}
${star(330, 340, 34, cream)}<circle cx="600" cy="340" r="44" fill="${cream}"/><circle cx="618" cy="340" r="36" fill="${red}"/>${star(870, 340, 34, gold)}`,
    alt: {
      fr: "Illustration : une pellicule de cinéma aux trois images bleue, rouge et verte, ornées d'étoiles et d'un croissant.",
      az: "İllüstrasiya: ulduz və aypara ilə bəzədilmiş mavi, qırmızı və yaşıl kadrlı kino lenti.",
    },
  },
};

function posterSvg(category: EventCategory): string {
  const { background, art } = posters[category];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675" viewBox="0 0 1200 675">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${background[0]}"/><stop offset="1" stop-color="${background[1]}"/></linearGradient></defs>
<rect width="1200" height="675" fill="url(#g)"/>${art}
<rect y="645" width="400" height="30" fill="${blue}"/><rect x="400" y="645" width="400" height="30" fill="${red}"/><rect x="800" y="645" width="400" height="30" fill="${green}"/>
</svg>`;
}

/** The poster's upload name: fixed per category, so a second seed finds it. */
export function posterName(category: EventCategory): string {
  const index = Object.keys(posters).indexOf(category) + 1;
  return `5e1d0a10-3c2b-4f00-9b02-${String(index).padStart(12, "0")}.webp`;
}

export function posterAlt(category: EventCategory, locale: Locale): string {
  return posters[category].alt[locale];
}

/** Draws a demo event's poster if its file is missing, through the same re-encoding as an editor's upload. */
export async function ensureEventPoster(category: EventCategory): Promise<string> {
  const name = posterName(category);
  if (await uploadExists(name)) return name;
  const png = await sharp(Buffer.from(posterSvg(category))).png().toBuffer();
  const image = await reencodeImage(png);
  if (!image.ok) throw new Error(`demo poster ${name} could not be drawn`);
  await storeUpload(name, image.data, { replace: true });
  return name;
}

/** For scripts/brand: every poster as SVG, to look at. */
export const posterSvgs = () => Object.fromEntries((Object.keys(posters) as EventCategory[]).map((c) => [c, posterSvg(c)]));
