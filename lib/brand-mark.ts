// The portal's mark: the flag's three bands, with the white crescent and the
// eight-pointed star in a red band made taller so that they read at 16 px.
// One geometry for the header (components/brand-mark.tsx) and the icons
// (scripts/brand/draw-icons.mjs writes app/icon.svg and the PNGs from it).

export const brandColours = { blue: "#0092bc", red: "#d52b3a", green: "#3f9c35", white: "#ffffff" } as const;

function starPoints(cx: number, cy: number, outer: number, inner: number): string {
  return Array.from({ length: 16 }, (_, k) => {
    const angle = ((-90 + k * 22.5) * Math.PI) / 180;
    const radius = k % 2 === 0 ? outer : inner;
    return `${(cx + radius * Math.cos(angle)).toFixed(2)},${(cy + radius * Math.sin(angle)).toFixed(2)}`;
  }).join(" ");
}

/** The inner markup of a 48 × 48 SVG. */
export function brandMarkSvgBody(id = "mark"): string {
  const { blue, red, green, white } = brandColours;
  return [
    `<defs><clipPath id="${id}-clip"><rect width="48" height="48" rx="10"/></clipPath></defs>`,
    `<g clip-path="url(#${id}-clip)">`,
    `<rect width="48" height="12" fill="${blue}"/>`,
    `<rect y="12" width="48" height="24" fill="${red}"/>`,
    `<rect y="36" width="48" height="12" fill="${green}"/>`,
    `<circle cx="19" cy="24" r="8.5" fill="${white}"/>`,
    `<circle cx="21.6" cy="24" r="6.9" fill="${red}"/>`,
    `<polygon points="${starPoints(31.5, 24, 5, 2.4)}" fill="${white}"/>`,
    `</g>`,
  ].join("");
}

export function brandMarkSvg(): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48">${brandMarkSvgBody()}</svg>\n`;
}
