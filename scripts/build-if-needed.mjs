// Builds the portal for production unless .next was built from exactly the
// sources on disk. The build records a fingerprint of every source file's
// path, size and modification time (.next/source-fingerprint): an edited,
// added or deleted file, a `git checkout` or an `npm install` changes it, so a
// stale .next is never tested. A build made without this script has no
// fingerprint and is made again once.
// As a program (`node scripts/build-if-needed.mjs`) it says what it did.
import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const fingerprintFile = path.join(".next", "source-fingerprint");
// What the build does not read: tests, tooling, output folders, generated type declarations.
const notSources = new Set([".git", ".next", ".data", ".ci", "node_modules", "e2e", "tests", "scripts", "reports", "test-results", "playwright-report", "backups", "bench", "tmp", "playwright.config.ts", "vitest.config.ts", "eslint.config.mjs", "drizzle.config.ts", "next-env.d.ts"]);
// Written by tools other than the build (tsc's incremental state).
const generated = (name) => name.endsWith(".md") || name.endsWith(".tsbuildinfo");

export function sourceFingerprint(root = ".") {
  const lines = [];
  const visit = (relative) => {
    const full = path.join(root, relative);
    const stat = fs.statSync(full, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) for (const entry of fs.readdirSync(full).sort()) visit(path.join(relative, entry));
    else lines.push(`${relative}\t${stat.size}\t${stat.mtimeMs}`);
  };
  for (const entry of fs.readdirSync(root).sort()) if (!notSources.has(entry) && !generated(entry)) visit(entry);
  return createHash("sha256").update(lines.join("\n")).digest("hex");
}

/** Whether .next holds a build of the sources on disk. */
export function buildIsCurrent() {
  if (!fs.existsSync(path.join(".next", "BUILD_ID")) || !fs.existsSync(path.join(".next", "portal-server.mjs")) || !fs.existsSync(fingerprintFile)) return false;
  return fs.readFileSync(fingerprintFile, "utf8").trim() === sourceFingerprint();
}

/** Runs `next build` and compiles server.ts (scripts/build-server.mjs) unless the build is current; exits the process if the build fails. Returns whether it built. */
export function buildIfNeeded() {
  if (buildIsCurrent()) return false;
  const fingerprint = sourceFingerprint();
  console.log("[portal] building for production (the sources changed since the last build)…");
  for (const [command, args] of [
    [path.join("node_modules", ".bin", "next"), ["build"]],
    [process.execPath, ["scripts/build-server.mjs"]],
  ]) {
    const result = spawnSync(command, args, { stdio: "inherit" });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
  // The fingerprint taken before the build: a file edited during the build makes the next run build again.
  fs.writeFileSync(fingerprintFile, `${fingerprint}\n`);
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  if (!buildIfNeeded()) console.log("[portal] .next is the build of the sources on disk: nothing to build");
}
