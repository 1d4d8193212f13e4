import { routing } from "./routing";

type Route = { source: string; destination: string };

// Next's `[param]` segments become path-to-regexp `:param` segments.
function toPattern(path: string): string {
  return path.replace(/\[(\w+)\]/g, ":$1");
}

/**
 * The localized paths are served by rewrites and redirects in next.config
 * rather than by a proxy, so that public pages do not pay for a proxy on
 * every request. `/az/xeberler` is served by the `/az/actualites` route, and
 * `/az/actualites` itself redirects to `/az/xeberler`.
 */
export function localizedRoutes(): { rewrites: Route[]; redirects: (Route & { permanent: boolean })[] } {
  const rewrites: Route[] = [];
  const redirects: (Route & { permanent: boolean })[] = [];
  for (const [internal, localized] of Object.entries(routing.pathnames)) {
    if (typeof localized === "string") continue;
    for (const locale of routing.locales) {
      const external = localized[locale];
      if (external === internal) continue;
      rewrites.push({ source: `/${locale}${toPattern(external)}`, destination: `/${locale}${toPattern(internal)}` });
      redirects.push({ source: `/${locale}${toPattern(internal)}`, destination: `/${locale}${toPattern(external)}`, permanent: true });
    }
  }
  return { rewrites, redirects };
}
