import type http from "node:http";
import { cachedPolicy, isSharedCacheResponse, noncePolicy } from "@/lib/content-security-policy";
import { securityHeaders } from "@/lib/security-headers";
import { carriesSessionCookie } from "@/lib/session-cookie";

const production = process.env.NODE_ENV === "production";

/** The headers every response carries; with a nonce, the policy for a response rendered per request. */
export function responseHeaders(nonce: string | undefined): { key: string; value: string }[] {
  const csp = nonce ? noncePolicy(nonce, production) : cachedPolicy(production);
  return [...securityHeaders(production), { key: "Content-Security-Policy", value: csp }];
}

/** Whether the request carries a session cookie (valid or not: what it sends, not who it is). */
export function hasSessionCookie(request: http.IncomingMessage): boolean {
  return carriesSessionCookie(request.headers.cookie);
}

/**
 * Just before the status line goes out: the policy that fits how the response
 * was made (its nonce if Next rendered it for this request, the cached policy
 * if it is the cache's copy), the static headers Next's config may not have
 * set (e.g. on its own error answers), and no storing of what a signed-in
 * reader receives.
 */
export function finishHeaders(request: http.IncomingMessage, response: http.ServerResponse, nonce: string): void {
  const header = (name: string) => {
    const value = response.getHeader(name);
    return value === undefined ? undefined : String(value);
  };
  const cached = isSharedCacheResponse(header("x-nextjs-cache"), header("cache-control"));
  for (const { key, value } of responseHeaders(cached ? undefined : nonce)) {
    if (key === "Content-Security-Policy" || !response.hasHeader(key)) response.setHeader(key, value);
  }
  const path = request.url ?? "/";
  const asset = path.startsWith("/_next/static/") || path.startsWith("/uploads/");
  if (!asset && hasSessionCookie(request)) response.setHeader("Cache-Control", "private, no-store");
}
