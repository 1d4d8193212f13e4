/**
 * The names of Auth.js's session cookie: `__Secure-` over HTTPS, and cut into
 * `.0`, `.1`… when the token is long. Each name is also the salt of the key
 * its token is sealed with (server/session.ts opens it). The server entry
 * only asks whether a request carries one (server/http/response-headers.ts).
 */
export const SESSION_COOKIE_NAMES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

const anySessionCookie = new RegExp(`(?:^|;\\s*)(?:${SESSION_COOKIE_NAMES.map((name) => name.replace(/\./g, "\\.")).join("|")})(?:\\.\\d+)?=`);

/** Whether a Cookie header carries a session cookie (valid or not: what it sends, not who it is). */
export function carriesSessionCookie(cookieHeader: string | undefined): boolean {
  return anySessionCookie.test(cookieHeader ?? "");
}
