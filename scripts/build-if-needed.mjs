// Builds the portal for production when the sources changed since the last build.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const sourceDirs = ["app", "components", "actions", "db", "i18n", "lib", "messages", "server", "public"];
const sourceFiles = ["next.config.ts", "package-lock.json", "proxy.ts", "instrumentation.ts", "postcss.config.mjs", "cache-handler.mjs"];

function newestSourceTime() {
  let newest = 0;
  const visit = (p) => {
    if (!fs.existsSync(p)) return;
    const stat = fs.statSync(p);
    if (stat.isDirectory()) for (const entry of fs.readdirSync(p)) visit(path.join(p, entry));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  [...sourceDirs, ...sourceFiles].forEach(visit);
  return newest;
}

/** Runs `next build` if .next is missing or older than a source; exits the process if it fails. */
export function buildIfNeeded() {
  const buildId = path.join(".next", "BUILD_ID");
  const built = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
  if (built >= newestSourceTime()) return;
  console.log("[portal] building for production…");
  const result = spawnSync("npx", ["next", "build"], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
