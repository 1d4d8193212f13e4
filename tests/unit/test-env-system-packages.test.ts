import { describe, expect, it } from "vitest";
import { findChromium, foundSystemPackages, planSystemPackages } from "@/scripts/test-env/system-packages.mjs";

const everything = { chromium: true, chromiumChosen: false, redisServer: true, pgDump: true };
const needsAll = { chromium: true, redisServer: true, pgDump: true };
const plan = (found: Partial<typeof everything>, isRoot: boolean, hasAptGet = true, needs = needsAll) =>
  planSystemPackages({ needs, found: { ...everything, ...found }, isRoot, hasAptGet, chromiumPath: "/usr/bin/chromium" });

describe("what npm test does about a missing Chromium, redis-server or pg_dump", () => {
  it("does nothing when everything is there", () => {
    expect(plan({}, false)).toEqual({ action: "none" });
  });

  it("installs Debian's packages with apt-get when it runs as root", () => {
    const result = plan({ chromium: false, redisServer: false }, true);
    expect(result).toMatchObject({ action: "install", packages: ["chromium-headless-shell", "redis-server"] });
    expect(result.action === "install" && result.command).toMatch(/^apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium-headless-shell redis-server/);
  });

  it("stops at once with the one command to run when it is not root", () => {
    const result = plan({ chromium: false, pgDump: false }, false);
    expect(result.action).toBe("stop");
    expect(result.action === "stop" && result.message).toContain("sudo apt-get update && sudo apt-get install -y chromium-headless-shell postgresql-client");
  });

  it("asks only for what the chosen steps use", () => {
    expect(plan({ chromium: false, redisServer: false }, false, true, { chromium: false, redisServer: false, pgDump: true })).toEqual({ action: "none" });
  });

  it("stops when a CHROMIUM_PATH that was asked for is missing, rather than test another browser", () => {
    const chosen = findChromium({ CHROMIUM_PATH: "/nowhere/chromium" });
    expect(chosen).toEqual({ path: "/nowhere/chromium", found: false, chosen: true });
    const result = plan({ chromium: false, chromiumChosen: true }, true);
    expect(result.action === "stop" && result.message).toContain("CHROMIUM_PATH=/usr/bin/chromium is not an executable file");
  });

  it("says so on a machine without apt-get", () => {
    expect(plan({ redisServer: false }, true, false)).toMatchObject({ action: "stop", message: expect.stringContaining("no apt-get") });
  });

  it("reads a bogus CHROMIUM_PATH from the environment as missing", () => {
    expect(foundSystemPackages({ ...process.env, CHROMIUM_PATH: "/nowhere/chromium" })).toMatchObject({ chromium: false, chromiumChosen: true });
  });
});
