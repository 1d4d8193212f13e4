import { encode } from "next-auth/jwt";
import { beforeEach, describe, expect, it, vi } from "vitest";

// The request's cookies, as Next's cookies() gives them; the session row check, recorded.
const request = vi.hoisted(() => ({ cookies: new Map<string, string>(), asked: [] as unknown[] }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name)! } : undefined),
    getAll: () => [...request.cookies].map(([name, value]) => ({ name, value })),
  }),
}));
vi.mock("@/server/users", () => ({
  findSessionUser: async (session: unknown) => {
    request.asked.push(session);
    return { id: (session as { userId: string }).userId, name: "Leyla" };
  },
}));

const { getCurrentSession } = await import("@/server/session");

const secret = process.env.AUTH_SECRET!;
const userId = "6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b";
const sessionId = "0b1c2d3e-4f5a-4b6c-8d7e-8f9a0b1c2d3e";
const claims = { sub: userId, sid: sessionId, sv: 3, role: "member" as const };
const plain = "authjs.session-token";
const secure = "__Secure-authjs.session-token";

beforeEach(() => {
  request.cookies.clear();
  request.asked = [];
});

describe("the session a request's cookie stands for", () => {
  it("is the one Auth.js sealed, checked against its session row", async () => {
    request.cookies.set(plain, await encode({ token: claims, secret, salt: plain }));
    expect(await getCurrentSession()).toEqual({ user: { id: userId, name: "Leyla" }, sessionId });
    expect(request.asked).toEqual([{ userId, sessionId, sessionVersion: 3 }]);
  });

  it("is read from the HTTPS cookie and from a cookie Auth.js cut into pieces", async () => {
    request.cookies.set(secure, await encode({ token: claims, secret, salt: secure }));
    expect((await getCurrentSession())?.sessionId).toBe(sessionId);
    request.cookies.clear();
    const whole = await encode({ token: claims, secret, salt: plain });
    const cut = Math.floor(whole.length / 2);
    // In the wrong order on purpose: the pieces are joined by their number.
    request.cookies.set(`${plain}.1`, whole.slice(cut));
    request.cookies.set(`${plain}.0`, whole.slice(0, cut));
    expect((await getCurrentSession())?.sessionId).toBe(sessionId);
  });

  it("is none for a token altered, sealed with another key, under another cookie's name, or expired, and the database is not asked", async () => {
    const sealed = await encode({ token: claims, secret, salt: plain });
    const tokens = [
      sealed.slice(0, -4) + (sealed.endsWith("AAAA") ? "BBBB" : "AAAA"),
      await encode({ token: claims, secret: "another-secret-that-is-long-enough-0123", salt: plain }),
      // Sealed for the HTTPS cookie, sent as the plain one.
      await encode({ token: claims, secret, salt: secure }),
      await encode({ token: claims, secret, salt: plain, maxAge: -60 }),
      "not a token",
    ];
    for (const token of tokens) {
      request.cookies.set(plain, token);
      expect(await getCurrentSession()).toBeNull();
    }
    expect(request.asked).toEqual([]);
  });

  it("is none once its token has expired, though it was opened before", async () => {
    request.cookies.set(plain, await encode({ token: claims, secret, salt: plain, maxAge: 60 }));
    expect((await getCurrentSession())?.sessionId).toBe(sessionId);
    vi.useFakeTimers({ now: Date.now() + 120_000, toFake: ["Date"] });
    try {
      expect(await getCurrentSession()).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it("is none for a token without its session row or version", async () => {
    for (const token of [{ sub: userId, sv: 3 }, { sub: userId, sid: sessionId }, { sub: "not-a-uuid", sid: sessionId, sv: 3 }]) {
      request.cookies.set(plain, await encode({ token, secret, salt: plain }));
      expect(await getCurrentSession()).toBeNull();
    }
    expect(request.asked).toEqual([]);
  });
});
