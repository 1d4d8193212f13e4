import { expect, it } from "vitest";
import { clearAttempts, takeAttempt, throttleRules, type ThrottleSubject } from "@/server/throttle";
import { describeOnDatabases } from "../support/databases";

const minutes = (start: Date, n: number) => new Date(start.getTime() + n * 60_000);

describeOnDatabases("throttle counters", () => {
  const account: ThrottleSubject = { rule: throttleRules.signInAccount, value: "farid@example.net" };

  it("lets the limit's number of attempts through in a window, refuses the next, then lets go after the block", async () => {
    const start = new Date("2026-03-01T10:00:00Z");
    for (let i = 0; i < 10; i++) expect(await takeAttempt([account], minutes(start, i))).toBe(true);
    expect(await takeAttempt([account], minutes(start, 10))).toBe(false);
    // The block runs 15 minutes from the attempt that reached the limit (minute 9).
    expect(await takeAttempt([account], minutes(start, 23))).toBe(false);
    expect(await takeAttempt([account], minutes(start, 25))).toBe(true);
  });

  it("starts a new window once the old one is over", async () => {
    const other: ThrottleSubject = { rule: throttleRules.signInAccount, value: "sevda@example.net" };
    const start = new Date("2026-03-01T10:00:00Z");
    for (let i = 0; i < 9; i++) await takeAttempt([other], start);
    expect(await takeAttempt([other], minutes(start, 16))).toBe(true);
    expect(await takeAttempt([other], minutes(start, 16))).toBe(true);
  });

  it("lets exactly the limit through when 200 attempts arrive at once", async () => {
    const busy: ThrottleSubject = { rule: throttleRules.signInAccount, value: "busy@example.net" };
    const now = new Date();
    const answers = await Promise.all(Array.from({ length: 200 }, () => takeAttempt([busy], now)));
    expect(answers.filter(Boolean)).toHaveLength(throttleRules.signInAccount.limit);
    await clearAttempts([busy]);
    expect(await takeAttempt([busy], now)).toBe(true);
  });

  it("refuses when any one subject is over its limit", async () => {
    const address: ThrottleSubject = { rule: throttleRules.signUpAccount, value: "203.0.113.9" };
    const fresh: ThrottleSubject = { rule: throttleRules.signUpAddress, value: "someone-new@example.net" };
    for (let i = 0; i < throttleRules.signUpAccount.limit; i++) await takeAttempt([address]);
    expect(await takeAttempt([fresh, address])).toBe(false);
    expect(await takeAttempt([fresh])).toBe(true);
  });
});
