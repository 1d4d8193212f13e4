import { expect, it } from "vitest";
import { clearAttempts, countAttempt, isThrottled, throttleRules, type ThrottleSubject } from "@/server/throttle";
import { describeOnDatabases } from "../support/databases";

const minutes = (start: Date, n: number) => new Date(start.getTime() + n * 60_000);

describeOnDatabases("throttle counters", () => {
  const account: ThrottleSubject = { rule: throttleRules.signInAccount, value: "farid@example.net" };

  it("refuses a subject after its limit within the window, then lets it go after the block", async () => {
    const start = new Date("2026-03-01T10:00:00Z");
    for (let i = 0; i < 9; i++) await countAttempt([account], minutes(start, i));
    expect(await isThrottled([account], minutes(start, 9))).toBe(false);
    await countAttempt([account], minutes(start, 10));
    expect(await isThrottled([account], minutes(start, 10))).toBe(true);
    expect(await isThrottled([account], minutes(start, 24))).toBe(true);
    expect(await isThrottled([account], minutes(start, 26))).toBe(false);
  });

  it("starts a new window once the old one is over", async () => {
    const other: ThrottleSubject = { rule: throttleRules.signInAccount, value: "sevda@example.net" };
    const start = new Date("2026-03-01T10:00:00Z");
    for (let i = 0; i < 9; i++) await countAttempt([other], start);
    await countAttempt([other], minutes(start, 16));
    expect(await isThrottled([other], minutes(start, 16))).toBe(false);
  });

  it("counts concurrent attempts without losing any", async () => {
    const busy: ThrottleSubject = { rule: throttleRules.signInAccount, value: "busy@example.net" };
    const now = new Date();
    await Promise.all(Array.from({ length: 10 }, () => countAttempt([busy], now)));
    expect(await isThrottled([busy], now)).toBe(true);
    await clearAttempts([busy]);
    expect(await isThrottled([busy], now)).toBe(false);
  });
});
