// The benchmark's tables, as printed at the end of `npm run bench`.
import { checkTargets } from "./targets.mjs";

const pad = (value, width, right = true) => (right ? String(value).padStart(width) : String(value).padEnd(width));

export function printTable(report) {
  console.log(`\n${report.date} · ${report.machine.cpus} cores · load average before ${report.machine.loadAverageBefore.map((l) => l.toFixed(1)).join(" ")}`);
  console.log(`${report.settings.connections} connections, ${report.settings.duration} s each after ${report.settings.warmUp ?? 0} s not counted\n`);
  console.log(`${pad("page", 11, false)} ${pad("path", 28, false)} ${pad("cache", 11, false)} ${pad("req/s", 7)} ${pad("p50 ms", 7)} ${pad("p99 ms", 7)} ${pad("errors", 6)} ${pad("ratio", 6)} ${pad("peak MB", 7)}`);
  for (const r of report.results) {
    console.log(
      `${pad(r.name, 11, false)} ${pad(r.path, 28, false)} ${pad(r.cache, 11, false)} ${pad(Math.round(r.requestsPerSecond), 7)} ${pad(r.p50, 7)} ${pad(r.p99, 7)} ${pad(r.errors, 6)} ${pad(r.ratio.toFixed(2), 6)} ${pad(r.peakMemoryMB, 7)}`,
    );
  }
  console.log(`\nServer peak memory (RSS of the whole process tree): ${report.peakMemoryMB} MB`);
  console.log("\nFirst-load JavaScript (gzip):");
  for (const page of report.firstLoadJs) console.log(`  ${pad(page.path, 28, false)} ${pad(page.gzipKB.toFixed(1), 6)} kB in ${page.scripts} files`);
  if (report.lighthouse?.length) {
    console.log("\nLighthouse performance (mobile defaults):");
    for (const r of report.lighthouse) console.log(`  ${pad(r.path, 28, false)} ${pad(r.score.toFixed(2), 5)}  FCP ${r.fcpMs} ms, LCP ${r.lcpMs} ms, TBT ${r.tbtMs} ms, CLS ${r.cls}, CPU benchmark index ${r.benchmarkIndex}`);
  }
  console.log("\nTargets (issue #16):");
  for (const row of checkTargets(report)) {
    const verdict = row.holds === undefined ? "not measured" : row.holds ? "holds" : "MISSED";
    console.log(`  ${pad(verdict, 12, false)} ${pad(row.measure, 68, false)} ${pad(row.target, 24, false)} ${row.measured}`);
  }
}
