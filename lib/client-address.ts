import { isIP } from "node:net";

/**
 * The client's address as the throttle counts it. With `trustedHops` reverse
 * proxies in front, each appending to X-Forwarded-For, the client is the entry
 * that many places from the right: entries further left were written by the
 * client and prove nothing. With none, X-Forwarded-For is ignored and the TCP
 * peer is used. IPv6 clients are counted by their /64, which one household
 * or one attacker usually holds whole.
 */
export function resolveClientAddress(input: { forwardedFor: string | null; peer: string | null; trustedHops: number }): string {
  const { forwardedFor, peer, trustedHops } = input;
  if (trustedHops > 0) {
    const hops = (forwardedFor ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
    const entry = hops.length >= trustedHops ? hops[hops.length - trustedHops] : hops[0];
    return normaliseAddress(entry ?? peer);
  }
  return normaliseAddress(peer);
}

export function normaliseAddress(raw: string | null | undefined): string {
  if (!raw) return "unknown";
  let address = raw.trim();
  if (address.startsWith("[") && address.includes("]")) address = address.slice(1, address.indexOf("]"));
  if (address.toLowerCase().startsWith("::ffff:") && isIP(address.slice(7)) === 4) address = address.slice(7);
  const version = isIP(address);
  if (version === 4) return address;
  if (version === 6) return `${ipv6Groups(address).slice(0, 4).join(":")}::/64`;
  return "unknown";
}

function ipv6Groups(address: string): string[] {
  const withoutZone = address.split("%")[0].toLowerCase();
  const [head, tail] = withoutZone.includes("::") ? withoutZone.split("::") : [withoutZone, undefined];
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const missing = tail === undefined ? 0 : 8 - left.length - right.length;
  return [...left, ...Array<string>(missing).fill("0"), ...right].map((group) => group.replace(/^0+(?=.)/, ""));
}
