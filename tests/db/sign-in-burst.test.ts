import { expect, it, vi } from "vitest";
import { throttleRules } from "@/server/throttle";
import { checkCredentials } from "@/server/users";
import { describeOnDatabases } from "../support/databases";
import { createUser, PASSWORD } from "../support/users";

// Counts the password checks actually made: the throttle must refuse before hashing.
const checks = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/lib/password", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/password")>();
  return {
    ...original,
    verifyPassword: (hash: string, password: string) => {
      checks.count++;
      return original.verifyPassword(hash, password);
    },
  };
});

describeOnDatabases("sign-in burst", (database) => {
  it("200 parallel sign-ins from one address, the right password last: refused, and no more password checks than the limit", async () => {
    const member = await createUser(database());
    checks.count = 0;
    const address = { address: "198.51.100.77" };
    const wrong = Array.from({ length: 199 }, (_, i) => checkCredentials(member.email, `guess-${i}`, address));
    const right = checkCredentials(member.email, PASSWORD, address);
    const results = await Promise.all([...wrong, right]);
    expect(results.at(-1)?.status).toBe("throttled");
    expect(results.filter((r) => r.status === "ok")).toHaveLength(0);
    expect(checks.count).toBeLessThanOrEqual(throttleRules.signInAccount.limit);
    expect(results.filter((r) => r.status === "throttled").length).toBeGreaterThanOrEqual(200 - throttleRules.signInAccount.limit);
  });
});
