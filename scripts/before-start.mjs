// The first half of `npm start`: makes sure the portal has its secrets
// (scripts/ensure-env.mjs) and builds it when the sources changed since the
// last build. package.json then replaces the shell with the server entry
// (server.ts, built into .next/portal-server.mjs), so that the server is one process (see "start" there).
import { buildIfNeeded } from "./build-if-needed.mjs";
import { ensureSecrets } from "./ensure-env.mjs";

ensureSecrets();
buildIfNeeded();
