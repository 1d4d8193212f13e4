/**
 * The portal's HTTP server: `npm start` runs it (compiled by
 * scripts/build-server.mjs into .next/portal-server.mjs, so production needs
 * no TypeScript tool), as Next.js documents a custom server for self-hosting.
 * Next renders; this file owns the socket and decides what reaches Next:
 *
 * 1. each request is prepared (server/http/exchange.ts): forged internal
 *    headers dropped, the TCP peer recorded for the throttles
 *    (server/client-address.ts), a fresh CSP nonce;
 * 2. while the database is down, a translated 503 page at once
 *    (server/http/database-outage.ts);
 * 3. the checks of server/http/request-checks.ts (malformed path, cross-origin
 *    write, origin-less form post, announced body over its limit), then the
 *    limit on a streamed body;
 * 4. a page Next served from its cache less than a second ago, and nothing
 *    invalidated since, is sent again as it went out (server/http/micro-cache.ts);
 * 5. page requests enter Next a few at a time (server/http/render-queue.ts,
 *    PORTAL_RENDER_CONCURRENCY), others waiting their turn or, past the
 *    queue's bounds, answered 503; an address last served from Next's cache
 *    (a page, its RSC payload, a link prefetch) goes straight in
 *    (server/http/cache-lane.ts);
 * 6. on the way out, the security headers and the policy that fits the
 *    response (server/http/response-headers.ts, called from
 *    PortalResponse.writeHead); a request whose queries lose the database
 *    gets the same translated 503, not Next's 500.
 *
 *   node .next/portal-server.mjs [-H 127.0.0.1] [-p 3000]   (PORT also sets the port)
 */
import http from "node:http";
import { parseArgs } from "node:util";
import next from "next";
import { runRequest } from "@/db/availability";
import { env } from "@/lib/env";
import { bodyLimitOf, tooLarge } from "@/server/http/body-limit";
import { cacheGeneration } from "@/cache-handler.mjs";
import { createCacheLane } from "@/server/http/cache-lane";
import { handleDatabaseOutage } from "@/server/http/database-outage";
import { PortalRequest, PortalResponse } from "@/server/http/exchange";
import { createMicroCache } from "@/server/http/micro-cache";
import { markServerEntryRunning } from "@/server/http/peer-address";
import { sendRefusal } from "@/server/http/refusal";
import { createRenderQueue } from "@/server/http/render-queue";
import { firstRefusal } from "@/server/http/request-checks";

const { values } = parseArgs({ options: { hostname: { type: "string", short: "H" }, port: { type: "string", short: "p" } } });
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname;

const app = next({ dev: false, hostname: hostname ?? "localhost", port });
// Loads .env files and next.config, and runs instrumentation.ts (server/startup.ts: migrations, demo seed).
await app.prepare();
const handle = app.getRequestHandler();
const cacheLane = createCacheLane();
const microCache = createMicroCache({ generation: cacheGeneration });
const queue = createRenderQueue({ limit: env().PORTAL_RENDER_CONCURRENCY, maxWaiting: 2_000, maxWaitMs: 15_000, skip: cacheLane.servedFromCache });

function serve(request: PortalRequest, response: PortalResponse): void {
  request.prepare();
  if (handleDatabaseOutage(request, response)) return;
  const refusal = firstRefusal(request);
  if (refusal) return sendRefusal(request, response, refusal);
  request.limitStreamedBody(bodyLimitOf(request), () => response.answerInstead((answer) => sendRefusal(request, answer, tooLarge(request))));
  if (microCache.serve(request, response)) return;
  response.once("finish", () => cacheLane.note(request, response));
  queue.enter(request, response, () => {
    // The database may have gone while the request waited its turn.
    if (handleDatabaseOutage(request, response)) return;
    runRequest(
      () => response.answerLostConnection(),
      () =>
        handle(request, response).catch((error: unknown) => {
          console.error("[portal] request failed:", error);
          if (!response.headersSent) response.writeHead(500).end();
        }),
    );
  });
}

const server = http.createServer<typeof PortalRequest, typeof PortalResponse>(
  { IncomingMessage: PortalRequest, ServerResponse: PortalResponse },
  serve,
);
// Idle keep-alive connections stay open longer than a proxy's or a client's own (60 s for nginx):
// with Node's 5 s, a client that reuses a connection the server is closing that very moment gets a reset.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
markServerEntryRunning();
server.listen(port, hostname, () => console.log(`[portal] listening on http://${hostname ?? "localhost"}:${port}`));

// A stop (the service manager, Ctrl-C) lets the requests under way finish, for at most 5 s.
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    setTimeout(() => process.exit(0), 5_000).unref();
    server.close(() => app.close().finally(() => process.exit(0)));
    server.closeIdleConnections();
  });
}
