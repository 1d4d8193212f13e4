import type http from "node:http";
import { isDatabaseAvailable } from "@/db/availability";
import type { Answer } from "./refusal";
import az from "@/messages/az.json";
import fr from "@/messages/fr.json";

// While the database is unreachable (db/availability.ts), requests are
// answered here, before Next renders anything: a translated 503 page in tens
// of milliseconds rather than a render that waits on the driver and fails.
// Static files (the build's JavaScript, CSS and fonts) are still served.

const RETRY_AFTER_S = 5;
const passThrough = ["/_next/static/", "/favicon.ico", "/robots.txt"];

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(locale: "fr" | "az"): string {
  const messages = locale === "az" ? az : fr;
  const t = messages.Outage;
  const other = locale === "az" ? fr : az;
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(t.title)} · ${escapeHtml(messages.Metadata.siteName)}</title>
</head>
<body>
<main>
<h1>${escapeHtml(t.heading)}</h1>
<p>${escapeHtml(t.body)}</p>
<p><a href="">${escapeHtml(t.retry)}</a></p>
<p lang="${locale === "az" ? "fr" : "az"}">${escapeHtml(other.Outage.body)}</p>
</main>
</body>
</html>
`;
}

const pages = { fr: page("fr"), az: page("az") };

/** Answers the request when the database is down; returns true when it did. */
export function handleDatabaseOutage(request: http.IncomingMessage, response: http.ServerResponse): boolean {
  if (isDatabaseAvailable()) return false;
  const path = (request.url ?? "/").split("?")[0];
  if (passThrough.some((prefix) => path.startsWith(prefix))) return false;
  sendOutage(request, response);
  return true;
}

/** The translated 503 (JSON for the health check), for a request the outage reached. */
export function sendOutage(request: http.IncomingMessage, response: Answer): void {
  const path = (request.url ?? "/").split("?")[0];
  const headers = { "Retry-After": String(RETRY_AFTER_S), "Cache-Control": "no-store" };
  if (path === "/api/health") {
    response.writeHead(503, { ...headers, "Content-Type": "application/json" });
    response.end(JSON.stringify({ status: "unavailable" }));
    return;
  }
  const locale = path === "/az" || path.startsWith("/az/") ? "az" : "fr";
  response.writeHead(503, { ...headers, "Content-Type": "text/html; charset=utf-8", "Content-Language": locale });
  response.end(request.method === "HEAD" ? undefined : pages[locale]);
}
