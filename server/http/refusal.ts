import type http from "node:http";
import az from "@/messages/az.json";
import fr from "@/messages/fr.json";
import { responseHeaders } from "./response-headers";

/**
 * What a check answers instead of the portal: a status and two keys of
 * messages/*.json ("Namespace.key"); with `json`, an endpoint's JSON answer
 * `{ error: json, message }` instead of a page.
 */
export type GateRefusal = { status: number; title: string; text: string; json?: string };

/** What the portal's own answers use of a response (PortalResponse.answerInstead passes one that bypasses Next's wrappers). */
export type Answer = Pick<http.ServerResponse, "writeHead" | "setHeader" | "end" | "statusCode">;

const catalogues = { fr, az } as const;
type Locale = keyof typeof catalogues;

/** The reader's language: the path's locale, then their NEXT_LOCALE cookie, then French. */
export function localeOfRequest(request: http.IncomingMessage): Locale {
  const path = request.url ?? "/";
  if (path === "/az" || path.startsWith("/az/") || path.startsWith("/az?")) return "az";
  if (path === "/fr" || path.startsWith("/fr/") || path.startsWith("/fr?")) return "fr";
  return /(?:^|;\s*)NEXT_LOCALE=az(?:;|$)/.test(request.headers.cookie ?? "") ? "az" : "fr";
}

function message(locale: Locale, key: string): string {
  let node: unknown = catalogues[locale];
  for (const part of key.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== "string") throw new Error(`request gate: no message ${key} in messages/${locale}.json`);
  return node;
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Answers the request with a small translated page; Next never sees it. */
export function sendRefusal(request: http.IncomingMessage, response: Answer, refusal: GateRefusal): void {
  const locale = localeOfRequest(request);
  if (refusal.json) return sendJson(request, response, refusal.status, { error: refusal.json, message: message(locale, refusal.text) });
  const title = escape(message(locale, refusal.title));
  const body =
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${title}</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem">` +
    `<main><h1>${title}</h1><p>${escape(message(locale, refusal.text))}</p>` +
    `<p><a href="/${locale}">${escape(message(locale, "RequestGate.back"))}</a></p></main></body></html>`;
  for (const { key, value } of responseHeaders(undefined)) response.setHeader(key, value);
  response.setHeader("Content-Type", "text/html; charset=utf-8");
  response.setHeader("Cache-Control", "no-store");
  response.setHeader("Content-Length", Buffer.byteLength(body));
  response.statusCode = refusal.status;
  response.end(request.method === "HEAD" ? undefined : body);
}

function sendJson(request: http.IncomingMessage, response: Answer, status: number, answer: Record<string, string>): void {
  const body = JSON.stringify(answer);
  for (const { key, value } of responseHeaders(undefined)) response.setHeader(key, value);
  response.setHeader("Content-Type", "application/json; charset=utf-8");
  response.setHeader("Cache-Control", "no-store");
  response.setHeader("Content-Length", Buffer.byteLength(body));
  response.statusCode = status;
  response.end(request.method === "HEAD" ? undefined : body);
}
