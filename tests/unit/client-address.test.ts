import { describe, expect, it } from "vitest";
import { normaliseAddress, resolveClientAddress } from "@/lib/client-address";

describe("client address", () => {
  it("ignores X-Forwarded-For when no proxy is trusted, so a forged one changes nothing", () => {
    expect(resolveClientAddress({ forwardedFor: "1.2.3.4", peer: "192.0.2.1", trustedHops: 0 })).toBe("192.0.2.1");
    expect(resolveClientAddress({ forwardedFor: "5.6.7.8", peer: "192.0.2.1", trustedHops: 0 })).toBe("192.0.2.1");
    expect(resolveClientAddress({ forwardedFor: null, peer: null, trustedHops: 0 })).toBe("unknown");
  });

  it("behind trusted proxies takes the entry they appended, not what the client wrote before it", () => {
    expect(resolveClientAddress({ forwardedFor: "6.6.6.6, 203.0.113.7", peer: "127.0.0.1", trustedHops: 1 })).toBe("203.0.113.7");
    expect(resolveClientAddress({ forwardedFor: "6.6.6.6, 203.0.113.7, 10.0.0.2", peer: "127.0.0.1", trustedHops: 2 })).toBe("203.0.113.7");
    expect(resolveClientAddress({ forwardedFor: "203.0.113.7", peer: "127.0.0.1", trustedHops: 2 })).toBe("203.0.113.7");
    expect(resolveClientAddress({ forwardedFor: "not an address", peer: "127.0.0.1", trustedHops: 1 })).toBe("unknown");
  });

  it("counts an IPv6 client by its /64 and unwraps IPv4-mapped addresses", () => {
    expect(normaliseAddress("2001:db8:abcd:12:1::5")).toBe("2001:db8:abcd:12::/64");
    expect(normaliseAddress("2001:db8:abcd:12:ffff::1")).toBe(normaliseAddress("2001:0db8:abcd:0012::9"));
    expect(normaliseAddress("[2001:db8::1]")).toBe("2001:db8:0:0::/64");
    expect(normaliseAddress("::ffff:192.0.2.9")).toBe("192.0.2.9");
    expect(normaliseAddress("::1")).toBe("0:0:0:0::/64");
  });
});
