/**
 * The TCP peer's address travels to the portal's code in a request header of
 * our own, written by the server entry (server.ts) over whatever a client
 * sent under that name. Code that reads it (server/client-address.ts) trusts
 * it only when the entry runs in this process: in a test without the entry, a
 * client could have set it.
 */
export const PEER_HEADER = "x-portal-peer-address";

const running = Symbol.for("portal.serverEntry");
type Flagged = typeof globalThis & { [running]?: boolean };

/** Called by server.ts once it owns the HTTP server. */
export function markServerEntryRunning(): void {
  (globalThis as Flagged)[running] = true;
}

/** Whether server.ts serves this process (the peer-address header can then be trusted). */
export function serverEntryRunning(): boolean {
  return (globalThis as Flagged)[running] === true;
}
