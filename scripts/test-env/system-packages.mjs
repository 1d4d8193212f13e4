// Programs the suite takes from Debian, not from npm: Chromium's headless shell (Playwright
// cannot download its own browser here), redis-server (when no Redis runs)
// and pg_dump / pg_restore (the backup test). When one is missing, the suite
// installs it with apt-get if it runs as root, else stops at once with the one
// command to run: never a step skipped for want of a program.
import { spawnSync } from "node:child_process";
import fs from "node:fs";

const which = (program) => {
  const found = spawnSync("sh", ["-c", `command -v ${program}`], { encoding: "utf8" });
  return found.status === 0 ? found.stdout.trim() : undefined;
};
const runs = (program) => !!which(program) && spawnSync(program, ["--version"], { stdio: "ignore" }).status === 0;
const executable = (file) => {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
};

/**
 * Debian's headless shell (package chromium-headless-shell): the same Chromium without the browser's
 * windows, which Playwright itself runs for headless tests. On 2 cores the suite's heaviest pages
 * (the accessibility and console walks) take two thirds of the time they take in the full browser.
 */
export const DEFAULT_CHROMIUM = "/usr/bin/chromium-headless-shell";

/** The Chromium to test with: CHROMIUM_PATH when set, else Debian's headless shell. */
export function findChromium(env = process.env) {
  if (env.CHROMIUM_PATH) return { path: env.CHROMIUM_PATH, found: executable(env.CHROMIUM_PATH), chosen: true };
  const path = [DEFAULT_CHROMIUM, which("chromium-headless-shell")].find((p) => p && executable(p));
  return { path: path ?? DEFAULT_CHROMIUM, found: !!path, chosen: false };
}

/**
 * What to do about the programs a run needs. `needs` lists what the chosen steps use:
 * { chromium, redisServer, pgDump }; `found` says what this machine has.
 * Returns { action: "none" } | { action: "install", packages, command } | { action: "stop", message }.
 */
export function planSystemPackages({ needs, found, isRoot, hasAptGet, chromiumPath }) {
  if (needs.chromium && !found.chromium && found.chromiumChosen)
    return { action: "stop", message: `CHROMIUM_PATH=${chromiumPath} is not an executable file: point it at a Chromium, or unset it to use Debian's (${DEFAULT_CHROMIUM}).` };
  const packages = [];
  if (needs.chromium && !found.chromium) packages.push("chromium-headless-shell");
  if (needs.redisServer && !found.redisServer) packages.push("redis-server");
  if (needs.pgDump && !found.pgDump) packages.push("postgresql-client");
  if (!packages.length) return { action: "none" };
  const install = `apt-get install -y ${packages.join(" ")}`;
  if (!hasAptGet) return { action: "stop", message: `The tests need ${packages.join(", ")} (Debian's package names), and this machine has no apt-get: install them, then run npm test again.` };
  if (!isRoot) return { action: "stop", message: `The tests need ${packages.join(", ")}. Run:\n\n  sudo apt-get update && sudo ${install}\n\nthen npm test again.` };
  return { action: "install", packages, command: `apt-get update -qq && DEBIAN_FRONTEND=noninteractive ${install} -qq` };
}

/** What this machine has of the programs above. */
export function foundSystemPackages(env = process.env) {
  const chromium = findChromium(env);
  return {
    chromium: chromium.found,
    chromiumChosen: chromium.chosen,
    chromiumPath: chromium.path,
    redisServer: !!which("redis-server"),
    // Debian's /usr/bin/pg_dump is a wrapper that fails when no client of a version is installed.
    pgDump: runs("pg_dump") && runs("pg_restore"),
    hasAptGet: !!which("apt-get"),
  };
}

/** Installs or stops as planned; returns once every needed program is there. */
export function ensureSystemPackages(needs, env = process.env) {
  const found = foundSystemPackages(env);
  const plan = planSystemPackages({ needs, found, isRoot: process.getuid?.() === 0, hasAptGet: found.hasAptGet, chromiumPath: found.chromiumPath });
  if (plan.action === "stop") throw Object.assign(new Error(plan.message), { expected: true });
  if (plan.action === "install") {
    console.log(`Installing Debian's ${plan.packages.join(", ")} (as root)…`);
    const result = spawnSync("sh", ["-c", plan.command], { stdio: "inherit" });
    if (result.status !== 0) throw new Error(`${plan.command} failed (exit ${result.status})`);
  }
  return foundSystemPackages(env);
}

export function chromiumVersion(path) {
  const result = spawnSync(path, ["--version"], { encoding: "utf8" });
  return result.status === 0 ? result.stdout.trim() : undefined;
}
