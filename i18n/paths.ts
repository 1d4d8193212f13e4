import { routing, type AppPathname, type Locale } from "./routing";

type ParamNames<P extends string> = P extends `${string}[${infer Name}]${infer Rest}` ? Name | ParamNames<Rest> : never;
type Query = Record<string, string | number | readonly string[] | undefined>;
type Localized = string | Record<Locale, string>;

/** A page of the portal by its internal path, with the values of its dynamic segments. */
export type Href =
  | Exclude<AppPathname, `${string}[${string}]${string}`>
  | {
      [P in AppPathname]: { pathname: P; query?: Query; hash?: string } & ([ParamNames<P>] extends [never] ? { params?: undefined } : { params: Record<ParamNames<P>, string | number> });
    }[AppPathname];

/**
 * The address of a page in a language: `{ pathname: "/actualites/[slug]",
 * params: { slug } }` → `/az/xeberler/slug`. Plain code on the routing table,
 * safe on the server and in the browser (next-intl's createNavigation would
 * add its client Link, and its formatter, to every page's JavaScript).
 */
export function getPathname({ href, locale }: { href: Href; locale: Locale }): string {
  const target = typeof href === "string" ? { pathname: href } : href;
  const localized: string | Record<Locale, string> = routing.pathnames[target.pathname];
  const pattern = typeof localized === "string" ? localized : localized[locale];
  const params: Record<string, string | number> = "params" in target && target.params ? target.params : {};
  const path = pattern.replace(/\[(\w+)\]/g, (_, name: string) => encodeURIComponent(String(params[name])));
  let address = path === "/" ? `/${locale}` : `/${locale}${path}`;
  if ("query" in target && target.query) {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(target.query)) {
      if (value === undefined) continue;
      for (const item of Array.isArray(value) ? value : [value]) search.append(key, String(item));
    }
    if (search.size) address += `?${search}`;
  }
  if ("hash" in target && target.hash) address += `#${target.hash}`;
  return address;
}

/**
 * The same page in another language, from the address in the browser:
 * `/fr/actualites/mon-article` → `/az/xeberler/mon-article`. A plain function
 * on the routing table, so that the language switcher ships no i18n library
 * to the browser. An address that no localized path matches (an unknown
 * page) gives the other language's home.
 */
export function pathInLocale(pathname: string, to: Locale): string {
  const [, from, ...rest] = pathname.split("/");
  const inner = "/" + rest.join("/");
  const fromLocale = (routing.locales as readonly string[]).includes(from) ? (from as Locale) : undefined;
  if (!fromLocale) return `/${to}`;
  if (inner === "/") return `/${to}`;
  const entries = Object.entries(routing.pathnames);
  // The localized path first; the internal one too (a rewritten page may report it).
  for (const pick of [(internal: string, localized: Localized) => (typeof localized === "string" ? localized : localized[fromLocale]), (internal: string) => internal]) {
    for (const [internal, localized] of entries) {
      const params = match(pick(internal, localized), inner);
      if (!params) continue;
      const target = typeof localized === "string" ? localized : localized[to];
      return `/${to}${target.replace(/\[(\w+)\]/g, (_, name: string) => params[name])}`;
    }
  }
  return `/${to}`;
}

function match(pattern: string, path: string): Record<string, string> | undefined {
  const names: string[] = [];
  const source = pattern.replace(/[.*+?^${}()|\\]/g, "\\$&").replace(/\\?\[(\w+)\\?\]/g, (_, name: string) => {
    names.push(name);
    return "([^/]+)";
  });
  const found = new RegExp(`^${source}$`).exec(path);
  if (!found) return undefined;
  return Object.fromEntries(names.map((name, i) => [name, found[i + 1]]));
}
