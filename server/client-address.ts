import "server-only";
import { resolveClientAddress } from "@/lib/client-address";
import { env } from "@/lib/env";
import { PEER_HEADER, requestGateInstalled } from "./request-gate";

// Next.js gives the application no peer address, and keeps an X-Forwarded-For
// sent by the client as it is (it only fills the header in when it is absent).
// So the request gate writes the TCP peer into a header of our own before Next
// sees the request.

/** The address the throttle counts for this request. */
export function clientAddressOf(headers: Headers): string {
  // Without the gate (e.g. in a test), the header could come from the client: it is not read.
  const peer = requestGateInstalled() ? headers.get(PEER_HEADER) : null;
  return resolveClientAddress({ forwardedFor: headers.get("x-forwarded-for"), peer, trustedHops: env().TRUSTED_PROXY_HOPS });
}
