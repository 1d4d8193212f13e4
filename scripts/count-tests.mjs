// Adds up the unit, end-to-end, outage and cluster runners' reports into one
// closing line, `tests: N passed, N failed, N skipped`. npm test prints it last;
// as a program (`node scripts/count-tests.mjs [exit status]`) it prints it too.
import fs from "node:fs";
import { pathToFileURL } from "node:url";

function read(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

/** The counts from reports/; a suite that ended non-zero before a runner reported counts as one failure. */
export function countTests(status) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const unit = read("reports/vitest.json");
  if (unit) {
    passed += unit.numPassedTests ?? 0;
    failed += (unit.numFailedTests ?? 0) + (unit.numFailedTestSuites ?? 0);
    skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
  }
  const e2e = read("reports/e2e.json");
  if (e2e?.stats) {
    passed += (e2e.stats.expected ?? 0) + (e2e.stats.flaky ?? 0);
    failed += e2e.stats.unexpected ?? 0;
    skipped += e2e.stats.skipped ?? 0;
  }
  // The outage and cluster scenarios (scripts/test-outage.mjs, scripts/test-cluster.mjs): each check counts as a test.
  for (const file of ["reports/outage.json", "reports/cluster.json"]) {
    const scenario = read(file);
    if (!scenario) continue;
    passed += scenario.passed ?? 0;
    failed += scenario.failed ?? 0;
  }
  if (status !== undefined && String(status) !== "0" && failed === 0) failed = 1;
  return { passed, failed, skipped };
}

export function countLine({ passed, failed, skipped }) {
  return `tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) console.log(countLine(countTests(process.argv[2])));
