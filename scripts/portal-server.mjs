// How the test and bench scripts start the portal: the server entry built by
// `npm run build` (server.ts → .next/portal-server.mjs), as `npm start` does,
// without `npm start`'s build check and secrets (each script brings its own).
import path from "node:path";
import { serverEntryFile } from "./build-server.mjs";

/** The command and arguments that serve the current build on `host`:`port`. */
export function portalServerCommand(host, port) {
  return [process.execPath, [path.resolve(serverEntryFile), "-H", host, "-p", String(port)]];
}
