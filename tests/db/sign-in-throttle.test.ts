import { expect, it } from "vitest";
import { resolveClientAddress } from "@/lib/client-address";
import { checkCredentials } from "@/server/users";
import { describeOnDatabases } from "../support/databases";
import { createUser, PASSWORD } from "../support/users";

describeOnDatabases("sign-in throttle", (database) => {
  it("after 10 failures in 15 minutes the account refuses even the right password, whatever address the attempts claim", async () => {
    const member = await createUser(database());
    // Without a trusted proxy, a forged X-Forwarded-For changes nothing: each attempt is counted for the peer.
    const spoofed = (i: number) => ({
      address: resolveClientAddress({ forwardedFor: `10.0.0.${i}`, peer: "192.0.2.200", trustedHops: 0 }),
    });
    for (let i = 0; i < 9; i++) expect((await checkCredentials(member.email, `wrong-${i}`, spoofed(i))).status).toBe("invalid");
    expect((await checkCredentials(member.email, PASSWORD, spoofed(9))).status).toBe("ok");
    // A success clears the count; ten new failures lock the account.
    for (let i = 0; i < 10; i++) expect((await checkCredentials(member.email, `wrong-${i}`, spoofed(i))).status).toBe("invalid");
    expect((await checkCredentials(member.email, PASSWORD, spoofed(11))).status).toBe("throttled");
    expect((await checkCredentials(member.email.toUpperCase(), PASSWORD, { address: "198.51.100.1" })).status).toBe("throttled");
  });

  it("counts failures per address across accounts, without locking out the accounts themselves elsewhere", async () => {
    const member = await createUser(database());
    const attacker = { address: "203.0.113.66" };
    for (let i = 0; i < 50; i++) await checkCredentials(`victim-${i}@example.net`, "guess", attacker);
    expect((await checkCredentials(member.email, PASSWORD, attacker)).status).toBe("throttled");
    expect((await checkCredentials(member.email, PASSWORD, { address: "203.0.113.67" })).status).toBe("ok");
  });
});

describeOnDatabases("sign-in throttle on a shared address", (database) => {
  it("members who sign in with their right password from one address do not use up its allowance", async () => {
    const shared = { address: "198.51.100.40" };
    const members = await Promise.all(Array.from({ length: 60 }, () => createUser(database())));
    for (const member of members) expect((await checkCredentials(member.email, PASSWORD, shared)).status).toBe("ok");
    // Failures still count: 50 wrong guesses close the address, right passwords included.
    for (let i = 0; i < 50; i++) await checkCredentials(`nobody-${i}@example.net`, "guess", shared);
    expect((await checkCredentials(members[0].email, PASSWORD, shared)).status).toBe("throttled");
  });
});
