import { expect, request, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { builtActions, replayAction, replayActionParts, FORM, type Part } from "./support/actions";
import { changedTables, settledSnapshot, snapshot, sql } from "./support/database";
import { makeFixtures, type Fixtures } from "./support/fixtures";
import { actions } from "./support/matrix";
import { clientAs, freshMember, type Role } from "./support/sessions";

/*
 * Every form of the portal (each server action that takes one), posted by a
 * role allowed to use it, with what no form sends. The answer is the form's
 * translated error, never a 500, a stack trace or SQL; nothing is written.
 */
const leaks = /PostgresError|violates|syntax error|invalid byte sequence|\bat [\w.<>]+ \(|node_modules|Internal Server Error|drizzle/i;
const invalidUtf8 = Buffer.from([0x41, 0xc3, 0x28, 0xff, 0xfe, 0xed, 0xa0, 0x80, 0x42]);

function expectTranslatedRefusal(response: APIResponse, body: string, where: string) {
  expect(response.status(), where).toBeLessThan(500);
  expect(body, `${where}: leaks internals`).not.toMatch(leaks);
  // The action's state: refused, with a message (every message of the portal is translated).
  expect(body, `${where}: no refusal in the answer`).toMatch(/"ok":false,"fieldErrors":\{[^}]*\}(,"formError":"[^"]+")?/);
  expect(body, `${where}: no message`).toMatch(/"(formError|[\w]+)":"[^"]{8,}"/);
}

// The text an approval is for (textHash) travels like the page's id: a page state, not something typed.
const hiddenFields = new Set(["locale", "id", "textHash"]);
const formActions = Object.entries(actions).filter(([, row]) => row.proof && row.proof !== "anonymous" || row.may.includes("anonymous"));

test.describe("hostile input", () => {
  test.describe.configure({ mode: "serial" });
  const clients = new Map<string, APIRequestContext>();
  let fixtures: Fixtures;
  const ids = builtActions();

  test.beforeAll(async ({ baseURL }) => {
    for (const role of ["anonymous", "member", "otherMember", "editor", "admin"] satisfies Role[]) clients.set(role, await clientAs(baseURL!, role));
    fixtures = await makeFixtures();
  });
  test.afterAll(async () => {
    for (const client of clients.values()) await client.dispose();
  });

  for (const [name, row] of formActions) {
    test(`${name}: missing fields, files for text, NUL bytes, invalid UTF-8, over-long text`, async ({ baseURL }) => {
      const call = await row.call(fixtures);
      // The language and the page's id travel in hidden fields: an action with nothing else takes no typed form.
      if (!call.form || Object.keys(call.form).every((field) => hiddenFields.has(field))) return test.skip(true, "this action takes no form");
      const role = row.proof && row.proof !== "anonymous" ? row.proof : "anonymous";
      const client = role === "fresh" ? await freshMember(baseURL!) : role === "anonymous" ? await request.newContext({ baseURL }) : clients.get(role)!;
      const fields = Object.entries(call.form).map(([field, value]) => [field, Array.isArray(value) ? value[0] : value] as const);
      const variants: Record<string, Part[]> = {
        "missing fields": [],
        "files for text": fields.map(([field]) => ({ name: field, value: "texte", filename: "x.bin" })),
        "NUL bytes": fields.map(([field, value]) => ({ name: field, value: `${value}\u0000` })),
        "invalid UTF-8": fields.map(([field]) => ({ name: field, value: invalidUtf8 })),
        "900 kB in every field": fields.map(([field]) => ({ name: field, value: "é".repeat(450_000 / Math.max(1, fields.length)) })),
      };
      let current = await settledSnapshot();
      for (const [variant, parts] of Object.entries(variants)) {
        const response = await replayActionParts(client, ids.get(name)!, call.path, call.args, parts);
        expectTranslatedRefusal(response, await response.text(), `${name}, ${variant}`);
        const after = await snapshot();
        // A wrong current password is a failed attempt the throttle counts, by design; nothing else is written.
        const changed = changedTables(current, after).filter((table) => table !== "throttle_counters");
        expect(changed, `${name}, ${variant}: tables changed`).toEqual([]);
        current = after;
      }
      if (role === "fresh" || role === "anonymous") await client.dispose();
    });
  }

  test("fields a form does not offer are never set: role, status, author", async ({ baseURL }) => {
    const extra = { role: "admin", status: "published", authorId: fixtures.targetUserId, author_id: fixtures.targetUserId, id: "1", version: "99", sessionVersion: "0", emailVerifiedAt: "2020-01-01", email_verified_at: "2020-01-01" };
    const [admin] = await sql`select id from users where role = 'admin' limit 1`;
    const prev = { ok: false, fieldErrors: {}, values: {} };

    const email = `hostile-${Date.now()}@example.net`;
    const visitor = await request.newContext({ baseURL });
    await replayAction(visitor, ids.get("actions/auth.ts#signUpAction")!, {
      path: "/fr/inscription",
      args: [prev, FORM],
      form: { locale: "fr", name: "Inscrit hostile", email, password: "mot de passe hostile", ...extra },
    });
    await visitor.dispose();
    const [user] = await sql`select role, session_version, email_verified_at from users where email = ${email}`;
    // Only the link mailed to the address confirms it.
    expect(user).toEqual({ role: "member", session_version: 1, email_verified_at: null });

    // A member of this test alone: the demo member's daily limit of ideas is the matrix's.
    const member = await freshMember(baseURL!);
    const memberId = (await (await member.get("/api/auth/session")).json()).user.id;
    const title = `Idée aux champs en trop ${Date.now()}`;
    await replayAction(member, ids.get("actions/ideas.ts#submitIdeaAction")!, {
      path: "/fr/centenaire/proposer",
      args: [prev, FORM],
      form: { locale: "fr", title, description: "Une description assez longue pour passer la validation.", category: "concert", language: "fr", visibility: "named", ...extra, authorId: admin.id },
    });
    const [idea] = await sql`select status, author_id, version, support_count from ideas where title = ${title}`;
    expect(idea).toEqual({ status: "pending", author_id: memberId, version: 1, support_count: 0 });

    await replayAction(member, ids.get("actions/account.ts#updateProfileAction")!, {
      path: "/fr/compte",
      args: [prev, FORM],
      form: { locale: "fr", name: "Membre aux champs en trop", preferredLocale: "fr", ...extra },
    });
    const [profile] = await sql`select name, role from users where id = ${memberId}`;
    expect(profile).toEqual({ name: "Membre aux champs en trop", role: "member" });
    await member.dispose();
  });

  test("a malformed callbackUrl after sign-in stays on the site and answers no 500", async ({ baseURL }) => {
    for (const callbackUrl of ["/fr/compte?x=ə", "/fr/\u0000", "//evil.example/", "/\\evil.example", "https://evil.example/", "/%", "/fr/\r\nSet-Cookie: x=y", "x".repeat(3000)]) {
      const visitor = await request.newContext({ baseURL });
      const response = await replayAction(visitor, ids.get("actions/auth.ts#signInAction")!, {
        path: "/fr/connexion",
        args: [{ ok: false, fieldErrors: {}, values: {} }, FORM],
        form: { locale: "fr", callbackUrl,  email: "member@example.org", password: "member-demo-2017" },
      });
      expect(response.status(), JSON.stringify(callbackUrl)).toBeLessThan(500);
      const target = response.headers()["x-action-redirect"] ?? response.headers().location ?? "";
      expect(target, JSON.stringify(callbackUrl)).toMatch(/^\/(?![/\\])/);
      await visitor.dispose();
    }
  });
});
