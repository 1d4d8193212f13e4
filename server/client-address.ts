import "server-only";
import { resolveClientAddress } from "@/lib/client-address";
import { env } from "@/lib/env";
import { PEER_HEADER, serverEntryRunning } from "./http/peer-address";

// Next.js gives the application no peer address, and keeps an X-Forwarded-For
// sent by the client as it is (it only fills the header in when it is absent).
// So the server entry (server.ts) writes the TCP peer into a header of our own
// before Next sees the request.

/** The address the throttle counts for this request. */
export function clientAddressOf(headers: Headers): string {
  // Without the entry (e.g. in a test), the header could come from the client: it is not read.
  const peer = serverEntryRunning() ? headers.get(PEER_HEADER) : null;
  return resolveClientAddress({ forwardedFor: headers.get("x-forwarded-for"), peer, trustedHops: env().TRUSTED_PROXY_HOPS });
}
