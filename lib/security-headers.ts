/**
 * Headers sent with every response. The Content-Security-Policy here holds
 * the directives that need no per-request nonce; script-src is not set yet
 * (see SECURITY.md: a nonce makes every page render per request).
 */
export function securityHeaders(production: boolean): { key: string; value: string }[] {
  const headers = [
    { key: "Content-Security-Policy", value: "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    {
      key: "Permissions-Policy",
      value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()",
    },
  ];
  if (production) headers.push({ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" });
  return headers;
}
