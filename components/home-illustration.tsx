// An eight-pointed star: two squares, one turned by 45°.
const star = (cx: number, cy: number, r: number, fill: string) =>
  [0, 45].map((turn) => <rect key={turn} x={cx - r} y={cy - r} width={2 * r} height={2 * r} fill={fill} transform={`rotate(${turn} ${cx} ${cy})`} />);

/**
 * The home page's visual lead: the flag's bands flowing under its crescent and star, with the
 * carpet's diamonds. Drawn inline (no request, no layout shift) and decorative: the heading says it all.
 */
export function HomeIllustration({ className }: { className?: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 480 300" preserveAspectRatio="xMidYMid slice" className={className}>
      <rect width="480" height="300" fill="#0b3344" />
      <circle cx="330" cy="110" r="120" fill="#0077a3" opacity="0.55" />
      <path d="M0 170 C 120 120, 260 220, 480 150 L480 205 C 260 275, 120 175, 0 225 Z" fill="#0077a3" />
      <path d="M0 225 C 120 175, 260 275, 480 205 L480 255 C 260 325, 120 225, 0 275 Z" fill="#d52b3a" />
      <path d="M0 275 C 120 225, 260 325, 480 255 L480 300 L0 300 Z" fill="#3f7f25" />
      <circle cx="300" cy="95" r="52" fill="#ffffff" />
      <circle cx="318" cy="95" r="43" fill="#0b3344" />
      <circle cx="318" cy="95" r="43" fill="#0077a3" opacity="0.55" />
      {star(372, 95, 19, "#ffffff")}
      {[
        [70, 60, 9],
        [150, 40, 6],
        [120, 110, 5],
        [440, 40, 7],
        [450, 130, 5],
      ].map(([x, y, r]) => (
        <g key={`${x}-${y}`}>{star(x, y, r, "#f5c518")}</g>
      ))}
      {[40, 100, 160, 220].map((x) => (
        <path key={x} d={`M${x} 250 l14 -14 l14 14 l-14 14 Z`} fill="#f6ead2" opacity="0.85" transform={`translate(0 ${-Math.round(x / 8)})`} />
      ))}
    </svg>
  );
}
