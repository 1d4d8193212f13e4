/**
 * Whether a request that changes something comes from the portal's own pages.
 * Browsers send Origin with every POST and Sec-Fetch-Site with every request;
 * a form or a fetch on another site cannot forge either. A client that sends
 * neither is not a browser, so it carries no visitor's cookies by accident.
 */
export function isSameOriginWrite(request: {
  origin: string | undefined;
  fetchSite: string | undefined;
  host: string | undefined;
  siteUrl: string;
}): boolean {
  const { origin, fetchSite, host } = request;
  // "none": typed in the address bar or opened from a bookmark.
  if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none") return false;
  if (origin === undefined) return true;
  let originHost: string;
  try {
    const url = new URL(origin);
    if (url.protocol !== "http:" && url.protocol !== "https:") return false;
    originHost = url.host;
  } catch {
    // "null" (a sandboxed frame, a redirect across sites) and anything malformed.
    return false;
  }
  if (host && originHost === host.toLowerCase()) return true;
  return new URL(request.siteUrl).origin === new URL(origin).origin;
}

/**
 * A form posted to a page without JavaScript that carries no Origin: every
 * browser sends Origin with a POST, so this is a script, and a script has no
 * business posting the portal's forms; it is refused before Next sees it
 * (such posts once sent Next into an endless loop, vercel/next.js#57867: see
 * components/forms/bound-action.ts). Posts with
 * Next-Action (the portal's own JavaScript) and the API's endpoints are not
 * concerned.
 */
export function isOriginlessFormPost(request: { method: string | undefined; path: string; origin: string | undefined; nextAction: string | undefined }): boolean {
  if (request.method !== "POST" || request.origin !== undefined || request.nextAction !== undefined) return false;
  return !request.path.startsWith("/api/");
}
