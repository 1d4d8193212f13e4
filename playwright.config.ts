import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
// e2e/security runs on a server and a PostgreSQL database of its own (scripts/e2e-security-server.mjs):
// its tests compare the whole database before and after requests.
const securityPort = Number(process.env.E2E_SECURITY_PORT ?? port + 100);
// e2e/pglite: a few journeys on a server with the embedded database, as `npm start` runs with no DATABASE_URL.
const pglitePort = Number(process.env.E2E_PGLITE_PORT ?? port + 150);
// A server already on the port is used only when asked (E2E_REUSE_SERVER=1): otherwise Playwright
// stops with "already used", rather than test whatever build a forgotten server is serving.
const reuseExistingServer = process.env.E2E_REUSE_SERVER === "1";
// The main server and the security server each run on a PostgreSQL database made afresh (`npm test` names
// them on the server it provides, scripts/test-env/postgres.mjs).
process.env.E2E_DATABASE_URL ??= "postgres://postgres@127.0.0.1:5432/portal_e2e";
process.env.E2E_SECURITY_DATABASE_URL ??= "postgres://postgres@127.0.0.1:5432/portal_e2e_security";

// Browsers cannot be downloaded on the build machines: Debian's Chromium headless shell is used
// (package chromium-headless-shell; `npm test` installs it when missing).
const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  // Two by default, as CI runs them: the suite's time on a 2-core machine does not depend on CI being set.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  forbidOnly: !!process.env.CI,
  // Scenarios of several sign-ins and forms; argon2 hashing and a 2-core machine make them long.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [["list"], ["json", { outputFile: "reports/e2e.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "security",
      testMatch: "security/**/*.spec.ts",
      // One test at a time: a whole-database comparison must see only its own requests. Listed first, so
      // that its one worker starts with the run, beside the others, rather than alone after them.
      workers: 1,
      fullyParallel: false,
      use: {
        ...devices["Desktop Chrome"],
        baseURL: `http://127.0.0.1:${securityPort}`,
        launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium-headless-shell", args: chromiumArgs },
      },
    },
    {
      name: "pglite",
      testMatch: "pglite/**/*.spec.ts",
      use: {
        ...devices["Desktop Chrome"],
        baseURL: `http://127.0.0.1:${pglitePort}`,
        launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium-headless-shell", args: chromiumArgs },
      },
    },
    {
      name: "chromium",
      // The screenshot walk is for a person to look at, run only when asked (SCREENSHOTS=1).
      testIgnore: process.env.SCREENSHOTS === "1" ? ["security/**", "pglite/**"] : ["security/**", "pglite/**", "screenshots.spec.ts"],
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium-headless-shell", args: chromiumArgs },
      },
    },
  ],
  webServer: [
    {
      command: "node scripts/e2e-server.mjs",
      url: `http://127.0.0.1:${port}/api/health`,
      reuseExistingServer,
      timeout: 180_000,
      env: { E2E_PORT: String(port), E2E_DATABASE_URL: process.env.E2E_DATABASE_URL },
    },
    {
      command: "node scripts/e2e-server.mjs --pglite",
      url: `http://127.0.0.1:${pglitePort}/api/health`,
      reuseExistingServer,
      // It starts once the first server is up (after the build, when there is one to make).
      timeout: 300_000,
      env: { E2E_PORT: String(port), E2E_PGLITE_PORT: String(pglitePort) },
    },
    {
      command: "node scripts/e2e-security-server.mjs",
      url: `http://127.0.0.1:${securityPort}/api/health`,
      reuseExistingServer,
      // It starts once the first server is up (after the build, when there is one to make).
      timeout: 300_000,
      env: { E2E_PORT: String(port), E2E_SECURITY_PORT: String(securityPort), E2E_SECURITY_DATABASE_URL: process.env.E2E_SECURITY_DATABASE_URL },
    },
  ],
});
