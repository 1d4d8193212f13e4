import "server-only";
import http from "node:http";
import { resolveClientAddress } from "@/lib/client-address";
import { env } from "@/lib/env";
import { handleDatabaseOutage } from "./outage-gate";

// Next.js gives the application no peer address, and keeps an X-Forwarded-For
// sent by the client as it is (it only fills the header in when it is absent).
// So the TCP peer is written into a header of our own before Next sees the
// request; any value a client sends under that name is overwritten.
const PEER_HEADER = "x-portal-peer-address";
const installed = Symbol.for("portal.peerAddressHeader");
type Flagged = typeof globalThis & { [installed]?: boolean };

/** Called once at start-up, in the Node.js server process. */
export function installPeerAddressHeader(): void {
  const flagged = globalThis as Flagged;
  if (flagged[installed]) return;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      request.headers[PEER_HEADER] = request.socket?.remoteAddress ?? "";
      if (handleDatabaseOutage(request, args[1] as http.ServerResponse)) return true;
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
  flagged[installed] = true;
}

/** The address the throttle counts for this request. */
export function clientAddressOf(headers: Headers): string {
  // Without the hook (e.g. in a test), the header could come from the client: it is not read.
  const peer = (globalThis as Flagged)[installed] ? headers.get(PEER_HEADER) : null;
  return resolveClientAddress({ forwardedFor: headers.get("x-forwarded-for"), peer, trustedHops: env().TRUSTED_PROXY_HOPS });
}
