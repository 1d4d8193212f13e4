import { cachedPages, perRequestPrefix, sessionCookies } from "../lib/cached-pages";
import { routing } from "./routing";

type Has = { type: "query" | "cookie"; key: string };
type Route = { source: string; destination: string; has?: Has[] };

// Next's `[param]` segments become path-to-regexp `:param` segments.
function toPattern(path: string): string {
  return path.replace(/\[(\w+)\]/g, ":$1");
}

function localizedPath(internal: string, locale: (typeof routing.locales)[number]): string {
  const localized = routing.pathnames[internal as keyof typeof routing.pathnames];
  return typeof localized === "string" ? localized : localized[locale];
}

/**
 * The localized paths are served by rewrites and redirects in next.config
 * rather than by a proxy, so that public pages do not pay for a proxy on
 * every request. `/az/xeberler` is served by the `/az/actualites` route, and
 * `/az/actualites` itself redirects to `/az/xeberler`.
 *
 * A cached page asked with a query it reads, or by a signed-in reader, is
 * sent to its per-request variant first (see lib/cached-pages.ts).
 */
export function localizedRoutes(): { rewrites: Route[]; redirects: (Route & { permanent: boolean })[] } {
  const rewrites: Route[] = [];
  const redirects: (Route & { permanent: boolean })[] = [];
  for (const [internal, page] of Object.entries(cachedPages)) {
    const conditions: Has[] = [
      ...page.query.map((key) => ({ type: "query" as const, key })),
      ...(page.perUser ? sessionCookies.map((key) => ({ type: "cookie" as const, key })) : []),
    ];
    for (const locale of routing.locales) {
      // An idea's id is a number: `/fr/centenaire/proposer` is another page.
      const source = `/${locale}${toPattern(localizedPath(internal, locale))}`.replace(/\/$/, "").replace(":id", ":id(\\d+)");
      const destination = `/${locale}${perRequestPrefix}${toPattern(internal)}`.replace(/\/$/, "");
      for (const has of conditions) rewrites.push({ source, destination, has: [has] });
    }
  }
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
