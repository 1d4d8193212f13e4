import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { localizedRoutes } from "./i18n/localized-routes";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");
const routes = localizedRoutes();

const nextConfig: NextConfig = {
  poweredByHeader: false,
  experimental: { authInterrupts: true },
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  async rewrites() {
    return { beforeFiles: routes.rewrites, afterFiles: [], fallback: [] };
  },
  async redirects() {
    return routes.redirects;
  },
};

export default withNextIntl(nextConfig);
