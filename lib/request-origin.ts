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
