// Compiles the server entry (server.ts and what it imports from the portal's
// own sources) into one plain JavaScript file, .next/portal-server.mjs, so that
// `npm start` runs it with Node alone. Packages stay outside the file and are
// loaded from node_modules at run time. Part of `npm run build`, after `next
// build` (which empties .next).
import { build } from "esbuild";

export const serverEntryFile = ".next/portal-server.mjs";

export async function buildServerEntry() {
  await build({
    entryPoints: ["server.ts"],
    outfile: serverEntryFile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    tsconfig: "tsconfig.json",
    logLevel: "warning",
    banner: { js: "// Built by scripts/build-server.mjs from server.ts: edit that file, not this one." },
  });
}

if (process.argv[1]?.endsWith("build-server.mjs")) await buildServerEntry();
