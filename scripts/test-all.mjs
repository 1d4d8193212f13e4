// `npm test`: the whole suite, in the order that fails fastest.
import { spawnSync } from "node:child_process";
import fs from "node:fs";

const steps = [
  ["types", "npm", ["run", "typecheck"]],
  ["lint", "npm", ["run", "lint"]],
  ["messages", "npm", ["run", "check:i18n"]],
  ["unit and database tests", "npm", ["run", "test:unit"]],
  ["production build", "npm", ["run", "build"]],
  ["database outage (PostgreSQL)", "npm", ["run", "test:outage"]],
  ["two instances on one database", "npm", ["run", "test:cluster"]],
  ["end-to-end tests", "npm", ["run", "test:e2e"]],
];

fs.rmSync("reports", { recursive: true, force: true });
for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit" });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed after ${seconds} s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${name} (${seconds} s)`);
}
