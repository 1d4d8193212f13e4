// `npm start`: builds the portal when the sources changed since the last
// build, then serves it with `next start` on PORT (3000 by default).
import { spawnSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ensureAuthSecret } from "./ensure-env.mjs";

ensureAuthSecret();

const sourceDirs = ["app", "components", "actions", "db", "i18n", "lib", "messages", "server", "public"];
const sourceFiles = ["next.config.ts", "package-lock.json", "proxy.ts", "instrumentation.ts", "postcss.config.mjs"];

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

const buildId = path.join(".next", "BUILD_ID");
const built = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
if (built < newestSourceTime()) {
  console.log("[portal] building for production…");
  const result = spawnSync("npx", ["next", "build"], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const port = process.env.PORT || "3000";
// Node runs next's server itself (no npx in between, one process less), with a capped old generation:
// V8 otherwise lets the heap grow far past what the server needs before it collects.
const heapMB = process.env.PORTAL_HEAP_MB || "256";
const server = spawn(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", port], {
  stdio: "inherit",
  // Through NODE_OPTIONS, so that any worker next starts has it too.
  env: { ...process.env, NODE_OPTIONS: [process.env.NODE_OPTIONS, `--max-old-space-size=${heapMB}`].filter(Boolean).join(" ") },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
