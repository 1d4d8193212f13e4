import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { localizedRoutes } from "./i18n/localized-routes";
import { securityHeaders } from "./lib/security-headers";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");
const routes = localizedRoutes();

const nextConfig: NextConfig = {
  poweredByHeader: false,
  experimental: { authInterrupts: true },
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
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
