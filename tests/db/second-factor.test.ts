import { eq } from "drizzle-orm";
import { expect, it, vi } from "vitest";
import { recoveryCodes, secondFactors } from "@/db/schema";
import { confirmEnrolment, disableSecondFactor, secondFactorState, startEnrolment } from "@/server/second-factor/enrolment";
import { openSecret } from "@/server/second-factor/secret-box";
import { checkSignIn } from "@/server/second-factor/sign-in";
import { checkSecondFactorCode, hasSecondFactor } from "@/server/second-factor/verify-code";
import { throttleRules } from "@/server/throttle";
import { describeOnDatabases } from "../support/databases";
import { codeAt, enrol, STEP_MS } from "../support/second-factor";
import { sessionOf } from "../support/sessions";
import { createUser, PASSWORD } from "../support/users";
import { findSessionUser } from "@/server/users";

// Counts the TOTP comparisons actually made: the throttle must refuse before checking.
const checks = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/server/second-factor/totp", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/server/second-factor/totp")>();
  return {
    ...original,
    matchingStep: (...args: Parameters<typeof original.matchingStep>) => {
      checks.count++;
      return original.matchingStep(...args);
    },
  };
});

const address = { address: "203.0.113.9" };
// Times in the middle of a 30-second step, each later than the last, so that tests do not depend on the clock's phase.
let clock = Math.floor(Date.now() / STEP_MS) * STEP_MS + STEP_MS / 2;
const nextStep = () => new Date((clock += STEP_MS * 4));

describeOnDatabases("staff second factor (TOTP)", (database) => {
  it("enrols with a first code, keeps the secret encrypted, and gives ten recovery codes", async () => {
    const editor = await createUser(database(), { role: "editor" });
    expect(await startEnrolment(editor)).toEqual({ ok: true });
    const pending = await secondFactorState(editor);
    if (pending.state !== "pending") throw new Error("not pending");
    expect(pending.qrSvg).toContain("<svg");
    expect(await hasSecondFactor(editor.id)).toBe(false);

    const [row] = await database().db.select().from(secondFactors).where(eq(secondFactors.userId, editor.id));
    expect(row.secretEncrypted).not.toContain(pending.secret);
    expect(openSecret(row.secretEncrypted, editor.id)).toBe(pending.secret);
    // Bound to its user: the same box on another account does not open.
    expect(openSecret(row.secretEncrypted, (await createUser(database())).id)).toBeNull();

    const now = nextStep();
    expect(await confirmEnrolment(editor, "000000", now)).toMatchObject({ ok: false });
    const confirmed = await confirmEnrolment(editor, codeAt(pending.secret, now), now);
    if (!confirmed.ok) throw new Error(confirmed.reason);
    expect(confirmed.recoveryCodes).toHaveLength(10);
    expect(new Set(confirmed.recoveryCodes).size).toBe(10);
    const stored = await database().db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, editor.id));
    expect(stored).toHaveLength(10);
    for (const code of confirmed.recoveryCodes) expect(stored.some((r) => r.codeHash.includes(code.replace("-", "")))).toBe(false);
    expect(await hasSecondFactor(editor.id)).toBe(true);
    // An active factor is not replaced by starting again: it must be turned off first.
    expect(await startEnrolment(editor)).toEqual({ ok: false, reason: "active" });
  });

  it("ends the user's other sessions when the enrolment is confirmed: one signed in with the password alone gains nothing", async () => {
    const editor = await createUser(database(), { role: "editor" });
    const here = await sessionOf(editor);
    const elsewhere = await sessionOf(editor);
    await startEnrolment(editor);
    const pending = await secondFactorState(editor);
    if (pending.state !== "pending") throw new Error("not pending");
    const now = nextStep();
    const confirmed = await confirmEnrolment(editor, codeAt(pending.secret, now), now, here.sessionId);
    expect(confirmed.ok).toBe(true);
    expect(await findSessionUser(here)).not.toBeNull();
    expect(await findSessionUser(elsewhere)).toBeNull();
  });

  it("takes a code once: the same code again is refused, even within its window", async () => {
    const editor = await createUser(database(), { role: "editor" });
    const { secret } = await enrol(editor, nextStep());
    const now = nextStep();
    const code = codeAt(secret, now);
    expect(await checkSecondFactorCode(editor.id, code, now)).toBe("ok");
    expect(await checkSecondFactorCode(editor.id, code, new Date(now.getTime() + 1_000))).toBe("invalid");
    // An older code, still inside the window, is refused once a later one was taken.
    const later = new Date(now.getTime() + STEP_MS);
    expect(await checkSecondFactorCode(editor.id, codeAt(secret, later), later)).toBe("ok");
    expect(await checkSecondFactorCode(editor.id, code, later)).toBe("invalid");
  });

  it("lets exactly one of 20 parallel posts of the same code through", async () => {
    const editor = await createUser(database(), { role: "editor" });
    const { secret } = await enrol(editor, nextStep());
    const now = nextStep();
    const code = codeAt(secret, now);
    const results = await Promise.all(Array.from({ length: 20 }, () => checkSecondFactorCode(editor.id, code, now)));
    expect(results.filter((r) => r === "ok")).toHaveLength(1);
  });

  it("200 parallel wrong codes, the right one last: refused, and no more checks than the limit", async () => {
    const editor = await createUser(database(), { role: "editor" });
    const { secret } = await enrol(editor, nextStep());
    const now = nextStep();
    const right = codeAt(secret, now);
    const wrong = Array.from({ length: 199 }, (_, i) => String((Number(right) + 1 + i) % 1_000_000).padStart(6, "0"));
    checks.count = 0;
    const results = await Promise.all([...wrong, right].map((code) => checkSecondFactorCode(editor.id, code, now)));
    expect(results.at(-1)).toBe("throttled");
    expect(results.filter((r) => r === "ok")).toHaveLength(0);
    expect(checks.count).toBeLessThanOrEqual(throttleRules.totpAccount.limit);
    expect(results.filter((r) => r === "throttled").length).toBeGreaterThanOrEqual(200 - throttleRules.totpAccount.limit);
  });

  it("takes each recovery code once, even when posted twice at once", async () => {
    const editor = await createUser(database(), { role: "editor" });
    const { recoveryCodes: codes } = await enrol(editor, nextStep());
    const [first, second] = codes;
    expect(await checkSecondFactorCode(editor.id, first.toUpperCase().replace("-", " "))).toBe("ok");
    expect(await checkSecondFactorCode(editor.id, first)).toBe("invalid");
    const both = await Promise.all(Array.from({ length: 10 }, () => checkSecondFactorCode(editor.id, second)));
    expect(both.filter((r) => r === "ok")).toHaveLength(1);
    expect(await secondFactorState(editor)).toMatchObject({ state: "active", recoveryCodesLeft: 8 });
  });

  it("signs in in two steps: the password gives a ticket, the ticket and a code sign in", async () => {
    const editor = await createUser(database(), { role: "editor" });
    // Enrolled a minute ago, so that the code of the real clock (which Auth.js's sign-in uses) is a later step.
    const { secret } = await enrol(editor, new Date(Date.now() - 2 * STEP_MS));
    expect(await checkSignIn({ email: editor.email, password: "wrong password" }, address)).toEqual({ status: "invalid" });
    const first = await checkSignIn({ email: editor.email, password: PASSWORD }, address);
    if (first.status !== "codeNeeded") throw new Error(first.status);
    const wrong = await checkSignIn({ email: editor.email, ticket: first.ticket, code: "123456" }, address);
    expect(wrong.status).toBe("codeInvalid");
    const forged = first.ticket.replace(/.$/, (c) => (c === "0" ? "1" : "0"));
    expect(await checkSignIn({ email: editor.email, ticket: forged, code: codeAt(secret, Date.now()) }, address)).toEqual({ status: "ticketExpired" });
    const other = await createUser(database(), { role: "editor" });
    expect(await checkSignIn({ email: other.email, ticket: first.ticket, code: codeAt(secret, Date.now()) }, address)).toEqual({ status: "ticketExpired" });
    const signedIn = await checkSignIn({ email: editor.email, ticket: first.ticket, code: codeAt(secret, Date.now()) }, address);
    expect(signedIn).toMatchObject({ status: "ok", user: { id: editor.id } });
    // A member without an authenticator signs in with the password alone.
    const member = await createUser(database());
    expect(await checkSignIn({ email: member.email, password: PASSWORD }, address)).toMatchObject({ status: "ok" });
  });

  it("turns off only with the current password or a code", async () => {
    const editor = await createUser(database(), { role: "editor" });
    await enrol(editor, nextStep());
    expect(await disableSecondFactor(editor, { password: "not the password" }, address)).toEqual({ ok: false, reason: "wrong" });
    expect(await disableSecondFactor(editor, {}, address)).toEqual({ ok: false, reason: "wrong" });
    expect(await hasSecondFactor(editor.id)).toBe(true);
    expect(await disableSecondFactor(editor, { password: PASSWORD }, address)).toEqual({ ok: true });
    expect(await hasSecondFactor(editor.id)).toBe(false);
    expect(await database().db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, editor.id))).toHaveLength(0);
    // And enrols again, with a new secret.
    await enrol(editor, nextStep());
    expect(await hasSecondFactor(editor.id)).toBe(true);
  });
});
