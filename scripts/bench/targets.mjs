// The targets of issue #16, each checked against one bench report: the bench
// prints every row with its target and whether it holds. A row whose pages
// were not measured (a run with --only, or rows not in run.mjs yet) says so
// rather than passing.
const min = (values) => Math.min(...values);
const max = (values) => Math.max(...values);
const ratios = (rows) => rows.map((r) => `${r.name} ${r.ratio.toFixed(2)}`).join(", ");

export const targetTable = [
  {
    measure: "public pages, anonymous ÷ same-size static file",
    target: "≥ 0.40 each, zero errors",
    pick: (report) => report.results.filter((r) => r.kind === "public"),
    holds: (rows) => rows.every((r) => r.ratio >= 0.4 && r.errors === 0),
    show: (rows) => `lowest ${min(rows.map((r) => r.ratio)).toFixed(2)}, ${rows.reduce((n, r) => n + r.errors, 0)} errors (${ratios(rows)})`,
  },
  {
    measure: "event, ideas gallery and idea pages, signed-in reader",
    target: "≥ 0.35 each",
    // Rows of kind "reader" in run.mjs (a page loaded with a member's session cookie).
    pick: (report) => report.results.filter((r) => r.kind === "reader"),
    holds: (rows) => rows.every((r) => r.ratio >= 0.35 && r.errors === 0),
    show: (rows) => ratios(rows),
  },
  {
    measure: "the per-reader route handler",
    target: "≥ 0.25, p99 < 100 ms",
    // Rows of kind "reader-handler" in run.mjs.
    pick: (report) => report.results.filter((r) => r.kind === "reader-handler"),
    holds: (rows) => rows.every((r) => r.ratio >= 0.25 && r.p99 < 100 && r.errors === 0),
    show: (rows) => rows.map((r) => `${r.name} ${r.ratio.toFixed(2)}, p99 ${r.p99} ms`).join("; "),
  },
  {
    measure: "account page (member)",
    target: "≥ 0.06",
    pick: (report) => report.results.filter((r) => r.name === "account"),
    holds: (rows) => rows.every((r) => r.ratio >= 0.06 && r.errors === 0),
    show: ratios,
  },
  {
    measure: "moderation queue (admin)",
    target: "≥ 0.05",
    pick: (report) => report.results.filter((r) => r.name === "moderation"),
    holds: (rows) => rows.every((r) => r.ratio >= 0.05 && r.errors === 0),
    show: ratios,
  },
  {
    measure: "Lighthouse performance, mobile (home, list, article, event, gallery)",
    target: "≥ 0.95 each",
    pick: (report) => report.lighthouse ?? [],
    holds: (rows) => rows.every((r) => r.score >= 0.95),
    show: (rows) => rows.map((r) => `${r.path} ${r.score.toFixed(2)}`).join(", "),
  },
  {
    measure: "first-load JavaScript of a public page",
    target: "≤ 145 kB",
    pick: (report) => report.firstLoadJs ?? [],
    holds: (rows) => rows.every((r) => r.gzipKB <= 145),
    show: (rows) => `largest ${max(rows.map((r) => r.gzipKB)).toFixed(1)} kB`,
  },
  {
    measure: "server peak memory through the bench",
    target: "≤ 350 MB",
    pick: (report) => (typeof report.peakMemoryMB === "number" ? [report.peakMemoryMB] : []),
    holds: ([mb]) => mb <= 350,
    show: ([mb]) => `${mb} MB`,
  },
];

/** Each row of the table: { measure, target, measured, holds } (holds undefined: not measured). */
export function checkTargets(report) {
  return targetTable.map(({ measure, target, pick, holds, show }) => {
    const rows = pick(report);
    if (rows.length === 0) return { measure, target, measured: "not measured", holds: undefined };
    return { measure, target, measured: show(rows), holds: holds(rows) };
  });
}
