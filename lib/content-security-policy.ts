/**
 * The Content-Security-Policy of the portal, in two forms (see SECURITY.md):
 * - a response rendered for this request carries a fresh nonce and
 *   'strict-dynamic': only scripts Next marked with the nonce, and what they
 *   load, run; no inline script an attacker slipped into the page does;
 * - a response served from Next's cache (the same HTML for every visitor)
 *   cannot carry a per-request nonce, so its scripts are allowed by origin and
 *   Next's inline bootstrap by 'unsafe-inline'.
 * Every other directive is the same in both.
 */
const common = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
];

// React's development build evaluates code; production never needs it.
const evalSource = (production: boolean) => (production ? "" : " 'unsafe-eval'");

/** The policy of a response rendered for one request, with its nonce. */
export function noncePolicy(nonce: string, production: boolean): string {
  return [`script-src 'nonce-${nonce}' 'strict-dynamic'${evalSource(production)}`, ...common].join("; ");
}

/** The policy of a response served from the cache. */
export function cachedPolicy(production: boolean): string {
  return [`script-src 'self' 'unsafe-inline'${evalSource(production)}`, ...common].join("; ");
}

/**
 * Whether a response is the cache's copy rather than a render for this
 * request: Next marks the pages it serves from its cache with x-nextjs-cache,
 * and a response any shared cache may keep says so in Cache-Control.
 */
export function isSharedCacheResponse(nextCache: string | undefined, cacheControl: string | undefined): boolean {
  if (nextCache) return true;
  if (!cacheControl) return false;
  const directives = cacheControl.toLowerCase();
  if (/\b(private|no-store)\b/.test(directives)) return false;
  return /\b(public|s-maxage=\d+)/.test(directives) || /\bmax-age=[1-9]/.test(directives);
}
