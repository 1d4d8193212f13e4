import { describe, expect, it } from "vitest";
import { normaliseAddress } from "@/lib/client-address";
import { coarseAddress, describeDevice } from "@/lib/session-device";

describe("the session list's device and network", () => {
  it("names the browser and the system of common user agents", () => {
    expect(describeDevice("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36")).toEqual({ browser: "Chrome", os: "Android" });
    expect(describeDevice("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0")).toEqual({ browser: "Firefox", os: "Windows" });
    expect(describeDevice("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1")).toEqual({ browser: "Safari", os: "iOS" });
  });

  it("says nothing rather than guess for a missing or made-up user agent", () => {
    expect(describeDevice(null)).toEqual({ browser: null, os: null });
    expect(describeDevice("   ")).toEqual({ browser: null, os: null });
    expect(describeDevice("curl/8.0")).toEqual({ browser: null, os: null });
    const long = describeDevice(`Mozilla/5.0 ${"x".repeat(100_000)}`);
    expect((long.browser ?? "").length).toBeLessThanOrEqual(60);
  });

  it("keeps only the network: IPv4 /24, IPv6 /48", () => {
    expect(coarseAddress(normaliseAddress("198.51.100.77"))).toBe("198.51.100.0/24");
    expect(coarseAddress(normaliseAddress("::ffff:203.0.113.9"))).toBe("203.0.113.0/24");
    expect(coarseAddress(normaliseAddress("2001:db8:85a3:12:34:5678:9abc:def0"))).toBe("2001:db8:85a3::/48");
    expect(coarseAddress(normaliseAddress("::1"))).toBe("0:0:0::/48");
    expect(coarseAddress("unknown")).toBe("unknown");
  });
});
