// Types for tests/unit/test-env-system-packages.test.ts (scripts are plain JavaScript).
export type Needs = { chromium?: boolean; redisServer?: boolean; pgDump?: boolean };
export type Found = { chromium: boolean; chromiumChosen: boolean; chromiumPath: string; redisServer: boolean; pgDump: boolean; hasAptGet: boolean };
export type Plan = { action: "none" } | { action: "install"; packages: string[]; command: string } | { action: "stop"; message: string };
export function findChromium(env?: Record<string, string | undefined>): { path: string; found: boolean; chosen: boolean };
export function planSystemPackages(input: { needs: Needs; found: Omit<Found, "chromiumPath" | "hasAptGet">; isRoot: boolean; hasAptGet: boolean; chromiumPath: string }): Plan;
export function foundSystemPackages(env?: Record<string, string | undefined>): Found;
export function ensureSystemPackages(needs: Needs, env?: Record<string, string | undefined>): Found;
export function chromiumVersion(path: string): string | undefined;
