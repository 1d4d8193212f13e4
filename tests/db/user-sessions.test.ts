import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { userSessions } from "@/db/schema";
import { endOtherSessions, endOwnSession, endSession, LAST_SEEN_STEP_MS, listOwnSessions, type SessionCaller } from "@/server/user-sessions";
import { findSessionUser, type SessionRef } from "@/server/users";
import { describeOnDatabases } from "../support/databases";
import { sessionOf } from "../support/sessions";
import { createUser } from "../support/users";

const android = { userAgent: "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36", address: "198.51.100.77" };
const windows = { userAgent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0", address: "2001:db8:85a3:12::/64" };

async function callerOf(session: SessionRef): Promise<SessionCaller> {
  const user = await findSessionUser(session);
  if (!user) throw new Error("session not live");
  return { user, sessionId: session.sessionId };
}

// Sessions are rows: a cookie is only as good as the row it names.
describeOnDatabases("session rows", (database) => {
  const rowOf = async (id: string) => (await database().db.select().from(userSessions).where(eq(userSessions.id, id)))[0];

  it("a sign-in's row names the device and only the network, and is found with its user", async () => {
    const member = await createUser(database());
    const session = await sessionOf(member, android);
    expect(await rowOf(session.sessionId)).toMatchObject({ userId: member.id, browser: "Chrome", os: "Android", address: "198.51.100.0/24" });
    expect(await findSessionUser(session)).toMatchObject({ id: member.id, email: member.email });
    const other = await sessionOf(member, windows);
    expect(await rowOf(other.sessionId)).toMatchObject({ browser: "Firefox", os: "Windows", address: "2001:db8:85a3::/48" });
  });

  it("a deleted row (sign-out) ends the cookie that names it, and only that one", async () => {
    const member = await createUser(database());
    const kept = await sessionOf(member);
    const other = await sessionOf(member);
    await endSession(member.id, kept.sessionId);
    expect(await findSessionUser(kept)).toBeNull();
    expect(await findSessionUser(other)).not.toBeNull();
  });

  it("a row is found only for its own user, whatever the cookie claims", async () => {
    const member = await createUser(database());
    const intruder = await createUser(database());
    const session = await sessionOf(member);
    expect(await findSessionUser({ ...session, userId: intruder.id, sessionVersion: intruder.sessionVersion })).toBeNull();
    // Sign-out with a token naming another user's row deletes nothing.
    await endSession(intruder.id, session.sessionId);
    expect(await findSessionUser(session)).not.toBeNull();
  });

  it("a member cannot end another member's session, not even by its id", async () => {
    const victim = await createUser(database());
    const attacker = await createUser(database());
    const victimSession = await sessionOf(victim);
    const attackerCaller = await callerOf(await sessionOf(attacker));
    expect(await endOwnSession(attackerCaller, victimSession.sessionId)).toEqual({ ok: false, reason: "notFound" });
    expect(await endOwnSession(null, victimSession.sessionId)).toEqual({ ok: false, reason: "unauthorized" });
    expect(await findSessionUser(victimSession)).not.toBeNull();
    expect((await listOwnSessions(attackerCaller)).map((s) => s.id)).not.toContain(victimSession.sessionId);
  });

  it("a member ends one of their other sessions, not the one they are using", async () => {
    const member = await createUser(database());
    const here = await sessionOf(member, windows);
    const phone = await sessionOf(member, android);
    const caller = await callerOf(here);
    expect((await listOwnSessions(caller)).map((s) => [s.id, s.current])).toEqual([
      [here.sessionId, true],
      [phone.sessionId, false],
    ]);
    expect(await endOwnSession(caller, here.sessionId)).toEqual({ ok: false, reason: "notFound" });
    expect(await endOwnSession(caller, phone.sessionId)).toEqual({ ok: true, ended: 1 });
    expect(await findSessionUser(phone)).toBeNull();
    expect(await findSessionUser(here)).not.toBeNull();
  });

  it("\"sign out everywhere else\" keeps the current session and ends every other one of the member, no one else's", async () => {
    const member = await createUser(database());
    const neighbour = await createUser(database());
    const here = await sessionOf(member);
    const others = [await sessionOf(member, android), await sessionOf(member, windows)];
    const neighbours = await sessionOf(neighbour);
    expect(await endOtherSessions(await callerOf(here))).toEqual({ ok: true, ended: 2 });
    expect(await findSessionUser(here)).not.toBeNull();
    for (const other of others) expect(await findSessionUser(other)).toBeNull();
    expect(await findSessionUser(neighbours)).not.toBeNull();
    expect(await endOtherSessions(null)).toEqual({ ok: false, reason: "unauthorized" });
  });

  it("last seen moves on once a step has passed, not on every request", async () => {
    const member = await createUser(database());
    const session = await sessionOf(member);
    const first = (await rowOf(session.sessionId)).lastSeenAt;
    await findSessionUser(session);
    expect((await rowOf(session.sessionId)).lastSeenAt).toEqual(first);
    const stale = new Date(Date.now() - LAST_SEEN_STEP_MS - 60_000);
    await database().db.update(userSessions).set({ lastSeenAt: stale }).where(eq(userSessions.id, session.sessionId));
    await findSessionUser(session);
    expect((await rowOf(session.sessionId)).lastSeenAt.getTime()).toBeGreaterThan(stale.getTime() + 60_000);
  });
});
