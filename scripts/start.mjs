// `npm start`: builds the portal when the sources changed since the last
// build, then serves it with `next start` on PORT (3000 by default).
import { spawn } from "node:child_process";
import path from "node:path";
import { buildIfNeeded } from "./build-if-needed.mjs";
import { ensureSecrets } from "./ensure-env.mjs";

ensureSecrets();
buildIfNeeded();

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
