import { execFileSync } from "node:child_process";
import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { localizedRoutes } from "./i18n/localized-routes";
import { securityHeaders } from "./lib/security-headers";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");
const routes = localizedRoutes();

// Every instance built from one commit must carry the same build id, or a page
// from one would ask another for assets and actions of a build it lacks.
function buildId(): string | null {
  if (process.env.BUILD_ID) return process.env.BUILD_ID;
  try {
    return execFileSync("git", ["rev-parse", "HEAD"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return null;
  }
}

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // No ETag: Next hashes the whole HTML of every cached page for it, in JavaScript, on every request (0.7 ms
  // of the 4.8 ms a cached page cost the server in a profile, docs/performance.md); pages are revalidated
  // by their cache, not by the browser's If-None-Match.
  generateEtags: false,
  generateBuildId: buildId,
  // Pages and data cached by Next live in Redis (REDIS_URL) or in memory, with
  // invalidations shared through PostgreSQL: see cache-handler.mjs.
  cacheHandler: path.join(process.cwd(), "cache-handler.mjs"),
  cacheMaxMemorySize: 0,
  // inlineCss: the styles (Tailwind, about 6 kB gzipped) come inside the HTML, so the first paint waits for no stylesheet.
  experimental: { authInterrupts: true, inlineCss: true },
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pg-boss"],
  async rewrites() {
    return { beforeFiles: routes.rewrites, afterFiles: [], fallback: [] };
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders(process.env.NODE_ENV === "production") }];
  },
  async redirects() {
    return routes.redirects;
  },
};

export default withNextIntl(nextConfig);
