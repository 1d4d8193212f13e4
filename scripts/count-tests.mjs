// Adds up the unit, outage and end-to-end runners' reports into one closing line.
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
// The outage scenario (scripts/test-outage.mjs): each of its checks counts as a test.
const outage = read("reports/outage.json");
if (outage) {
  passed += outage.passed ?? 0;
  failed += outage.failed ?? 0;
}
// A suite that stopped before a runner reported counts as a failure.
if (process.argv[2] && process.argv[2] !== "0" && failed === 0) failed = 1;
console.log(`tests: ${passed} passed, ${failed} failed`);
