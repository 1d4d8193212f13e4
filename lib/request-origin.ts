/**
 * Whether a request that changes something comes from the portal's own pages.
 * Browsers send Origin with every POST and Sec-Fetch-Site with every request;
 * a form or a fetch on another site cannot forge either. A client that sends
 * neither is not a browser, so it carries no visitor's cookies by accident.
 *
 * The Origin must name this site by scheme and host (an https page is another
 * origin than the http site). The host is the one Next.js itself compares a
 * server action's Origin with, X-Forwarded-Host before Host, written exactly
 * as sent: a post that passed here and failed Next's own check answered 500.
 */
export function isSameOriginWrite(request: {
  origin: string | undefined;
  fetchSite: string | undefined;
  host: string | undefined;
  forwardedHost?: string | undefined;
  forwardedProto?: string | undefined;
  siteUrl: string;
}): boolean {
  const { origin, fetchSite } = request;
  // "none": typed in the address bar or opened from a bookmark.
  if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none") return false;
  if (origin === undefined) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    // "null" (a sandboxed frame, a redirect across sites) and anything malformed.
    return false;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return false;
  const host = firstValue(request.forwardedHost) ?? request.host;
  if (!host || url.host !== host) return false;
  const site = new URL(request.siteUrl);
  // Behind a TLS proxy the server itself speaks http: the proxy says so, or SITE_URL does for its own host.
  const scheme = firstValue(request.forwardedProto)?.toLowerCase().concat(":") ?? (site.host === host ? site.protocol : "http:");
  return url.protocol === scheme;
}

/** The first of a forwarded header's comma-separated values, as Next.js reads it. */
function firstValue(value: string | undefined): string | undefined {
  return value?.split(",")[0]?.trim() || undefined;
}

/**
 * A form posted to a page without JavaScript that carries no Origin: every
 * browser sends Origin with a POST, so this is a script, and a script has no
 * business posting the portal's forms; it is refused before Next sees it
 * (such posts once sent Next into an endless loop, vercel/next.js#57867, when
 * an action was bound during the render). Posts with
 * Next-Action (the portal's own JavaScript) and the API's endpoints are not
 * concerned.
 */
export function isOriginlessFormPost(request: { method: string | undefined; path: string; origin: string | undefined; nextAction: string | undefined }): boolean {
  if (request.method !== "POST" || request.origin !== undefined || request.nextAction !== undefined) return false;
  return !request.path.startsWith("/api/");
}
