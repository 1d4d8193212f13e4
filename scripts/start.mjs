// `npm start`: builds the portal when the sources changed since the last
// build, then serves it with `next start` on PORT (3000 by default).
import { spawnSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ensureSecrets } from "./ensure-env.mjs";

ensureSecrets();

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
const server = spawn("npx", ["next", "start", "-p", port], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
