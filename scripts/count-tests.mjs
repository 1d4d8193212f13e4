// Adds up the unit, end-to-end, outage and cluster runners' reports into one closing line.
import fs from "node:fs";

function read(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

let passed = 0;
let failed = 0;
const unit = read("reports/vitest.json");
if (unit) {
  passed += unit.numPassedTests ?? 0;
  failed += (unit.numFailedTests ?? 0) + (unit.numFailedTestSuites ?? 0);
}
const e2e = read("reports/e2e.json");
if (e2e?.stats) {
  passed += (e2e.stats.expected ?? 0) + (e2e.stats.flaky ?? 0);
  failed += e2e.stats.unexpected ?? 0;
}
// The outage and cluster scenarios (scripts/test-outage.mjs, scripts/test-cluster.mjs): each check counts as a test.
for (const file of ["reports/outage.json", "reports/cluster.json"]) {
  const scenario = read(file);
  if (!scenario) continue;
  passed += scenario.passed ?? 0;
  failed += scenario.failed ?? 0;
}
// A suite that stopped before a runner reported counts as a failure.
if (process.argv[2] && process.argv[2] !== "0" && failed === 0) failed = 1;
console.log(`tests: ${passed} passed, ${failed} failed`);
