import { variants as agenda } from "../app/[locale]/agenda/variants";
import { variants as news } from "../app/[locale]/actualites/variants";
import { variants as centenary } from "../app/[locale]/centenaire/variants";
import { variants as organisation } from "../app/[locale]/organisations/[slug]/variants";
import { variants as idea } from "../app/[locale]/centenaire/[id]/variants";
import { variants as programme } from "../app/[locale]/centenaire/programme/variants";
import { variants as article } from "../app/[locale]/actualites/[slug]/variants";
import { variants as search } from "../app/[locale]/recherche/variants";
import { perQueryPrefix, perRequestPrefix, type QueryVariants } from "../lib/cached-pages";
import { routing } from "./routing";

type Has = { type: "query"; key: string; value?: string };
type Route = { source: string; destination: string; has?: Has[]; missing?: Has[] };

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
 * The query variants of a cached page are declared beside it, in its
 * `variants.ts` (the list below): a search with nothing else in its query goes
 * to its page in the cache (`cachedSearch`); any other query the page declares
 * goes to its per-request variant (`perRequest`). No rewrite looks at cookies:
 * a signed-in reader gets the same cached page.
 */
const declared: readonly QueryVariants[] = [news, agenda, centenary, programme, organisation, idea, search, article];

export function localizedRoutes(): { rewrites: Route[]; redirects: (Route & { permanent: boolean })[] } {
  const rewrites: Route[] = [];
  const redirects: (Route & { permanent: boolean })[] = [];
  for (const { page: internal, perRequest, cachedSearch: search, params = {} } of declared) {
    const conditions: Has[] = perRequest.map((key) => ({ type: "query" as const, key }));
    for (const locale of routing.locales) {
      const source = Object.entries(params).reduce(
        (pattern, [name, shape]) => pattern.replace(`:${name}`, `:${name}(${shape})`),
        `/${locale}${toPattern(localizedPath(internal, locale))}`.replace(/\/$/, ""),
      );
      const destination = `/${locale}${perRequestPrefix}${toPattern(internal)}`.replace(/\/$/, "");
      if (search) {
        // Next matches the whole value and puts it in the path: a query with a character that the
        // path would read as its own ("/", "%", "#", "?", "\\"), or that is "." or "..", stays per request.
        const value = search.values
          ? `(?<${search.query}>${search.values.join("|")})`
          : `(?<${search.query}>(?!\\.{1,2}$)[^/%#?\\\\]{1,${search.maxLength}})`;
        const has = [{ type: "query" as const, key: search.query, value }];
        const missing = conditions.filter((condition) => condition.key !== search.query);
        rewrites.push({ source, destination: `/${locale}${perQueryPrefix}${toPattern(internal)}/:${search.query}`, has, missing });
      }
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
