// `npm start`: builds the portal when the sources changed since the last
// build, then serves it with `next start` on PORT (3000 by default).
import { spawn } from "node:child_process";
import { buildIfNeeded } from "./build-if-needed.mjs";
import { ensureSecrets } from "./ensure-env.mjs";

ensureSecrets();
buildIfNeeded();

const port = process.env.PORT || "3000";
const server = spawn("npx", ["next", "start", "-p", port], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
