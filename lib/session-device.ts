import Bowser from "bowser";
import { isIP } from "node:net";

export type Device = { browser: string | null; os: string | null };

const MAX_NAME = 60;

/** The browser and system a user agent names ("Chrome", "Android"), or null where it names none. */
export function describeDevice(userAgent: string | null | undefined): Device {
  // Bowser refuses an empty string; a header longer than any real browser's is a made-up one.
  const ua = (userAgent ?? "").slice(0, 1_000);
  if (!ua.trim()) return { browser: null, os: null };
  const parsed = Bowser.parse(ua);
  const name = (value: string | undefined) => (value ? value.slice(0, MAX_NAME) : null);
  return { browser: name(parsed.browser.name), os: name(parsed.os.name) };
}

/**
 * The network an address belongs to, as the session list shows it: the IPv4
 * /24 or the IPv6 /48. Takes what lib/client-address.ts resolves (an IPv4
 * address, an IPv6 "/64" or "unknown").
 */
export function coarseAddress(address: string): string {
  if (isIP(address) === 4) return `${address.split(".").slice(0, 3).join(".")}.0/24`;
  const v6 = /^([0-9a-f]{1,4}):([0-9a-f]{1,4}):([0-9a-f]{1,4}):[0-9a-f]{1,4}::\/64$/i.exec(address);
  if (v6) return `${v6[1]}:${v6[2]}:${v6[3]}::/48`;
  return "unknown";
}
