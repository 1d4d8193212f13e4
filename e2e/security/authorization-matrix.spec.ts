import fs from "node:fs";
import path from "node:path";
import { expect, request, test, type APIRequestContext } from "@playwright/test";
import { builtActions, replayAction } from "./support/actions";
import { changedTables, settledSnapshot, snapshot } from "./support/database";
import { makeFixtures, type Fixtures } from "./support/fixtures";
import { actions, handlers, pages } from "./support/matrix";
import { clientAs, freshMember, roles, type Role } from "./support/sessions";

function appRoutes(dir: string, file: string, prefix = ""): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const route = `${prefix}/${entry.name}`;
    if (entry.isDirectory()) out.push(...appRoutes(path.join(dir, entry.name), file, route));
    else if (entry.name === file) out.push(prefix);
  }
  return out;
}

test("every admin and account page, route handler and server action is in the matrix", () => {
  const appPages = [...appRoutes("app/[locale]/admin", "page.tsx", "/[locale]/admin"), ...appRoutes("app/[locale]/compte", "page.tsx", "/[locale]/compte")];
  expect(appPages.filter((page) => !(page in pages)), "pages missing from the matrix").toEqual([]);
  expect(Object.keys(pages).filter((page) => !appPages.includes(page)), "pages in the matrix that are gone").toEqual([]);
  const appHandlers = appRoutes("app", "route.ts", "");
  expect(appHandlers.filter((route) => !(route in handlers)), "route handlers missing from the matrix").toEqual([]);
  const built = [...builtActions().keys()];
  expect(built.filter((action) => !(action in actions)), "server actions missing from the matrix").toEqual([]);
  expect(Object.keys(actions).filter((action) => !built.includes(action)), "server actions in the matrix that are gone").toEqual([]);
});

test.describe("the matrix, walked", () => {
  test.describe.configure({ mode: "serial" });
  const clients = new Map<Role, APIRequestContext>();
  let fixtures: Fixtures;
  const forged = { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" };

  test.beforeAll(async ({ baseURL }) => {
    for (const role of roles) clients.set(role, await clientAs(baseURL!, role));
    fixtures = await makeFixtures();
  });
  test.afterAll(async () => {
    for (const client of clients.values()) await client.dispose();
  });

  test("pages answer each role as the matrix says, forged proxy header or not", async () => {
    const fill = (route: string, locale: string) =>
      route
        .replace("[locale]", locale)
        .replace("/admin/actualites/[id]", `/admin/actualites/${fixtures.articleId}`)
        .replace("/admin/idees/[id]", `/admin/idees/${fixtures.retainedIdeaId}`)
        .replace("[id]", fixtures.eventId);
    for (const [route, may] of Object.entries(pages)) {
      for (const role of roles) {
        for (const headers of [{}, forged]) {
          const url = fill(route, "fr");
          const response = await clients.get(role)!.get(url, { maxRedirects: 0, headers });
          const where = `${role} on ${url}${"x-middleware-subrequest" in headers ? " (forged header)" : ""}`;
          if (may.includes(role)) expect(response.status(), where).toBe(200);
          else if (role === "anonymous") {
            expect(response.status(), where).toBe(307);
            expect(response.headers().location, where).toMatch(/\/(connexion|giris)\?callbackUrl=/);
          } else expect(response.status(), where).toBe(403);
        }
      }
    }
  });

  test("route handlers answer each role as the matrix says", async ({ baseURL }) => {
    for (const handler of Object.values(handlers)) {
      for (const role of roles) {
        const client = clients.get(role)!;
        const url = handler.path(fixtures);
        const response =
          handler.method === "GET"
            ? await client.get(url, { maxRedirects: 0, headers: forged })
            : await client.post(url, { maxRedirects: 0, headers: { ...forged, Origin: baseURL! }, multipart: { note: "no file" } });
        const where = `${role}: ${handler.method} ${url}`;
        if (handler.may.includes(role)) expect(response.status(), where).toBe(handler.allowed ?? 200);
        else expect([401, 403], where).toContain(response.status());
      }
    }
  });

  test("a refused action replayed by its id changes nothing; an allowed one does", async ({ baseURL }) => {
    test.setTimeout(240_000);
    const ids = builtActions();
    // Each snapshot after a refusal is the one before the next: the walk reads the database once per replay.
    let current = await settledSnapshot();
    for (const [name, row] of Object.entries(actions)) {
      const id = ids.get(name)!;
      for (const role of roles.filter((r) => !row.may.includes(r))) {
        for (const headers of [{}, forged]) {
          const response = await replayAction(clients.get(role)!, id, { ...(await row.call(fixtures)), headers });
          const where = `${name} replayed by ${role}${"x-middleware-subrequest" in headers ? " with a forged proxy header" : ""}`;
          expect(response.status(), where).toBeLessThan(500);
          const after = await snapshot();
          expect(changedTables(current, after), `${where}: tables changed`).toEqual([]);
          current = after;
        }
      }
      if (!row.proof) continue;
      // A proof that signs its client in (sign-up) or out must not change who the walk's clients are.
      const disposable = row.proof === "fresh" || row.proof === "anonymous";
      const client = row.proof === "fresh" ? await freshMember(baseURL!) : row.proof === "anonymous" ? await request.newContext({ baseURL }) : clients.get(row.proof)!;
      const before = await settledSnapshot();
      const response = await replayAction(client, id, await row.call(fixtures));
      expect(response.status(), `${name} by ${row.proof}`).toBeLessThan(500);
      const answer = (await response.text()).slice(-400);
      // Work an action leaves running after its answer (mail, counters) settles before the next refusal is judged.
      current = await settledSnapshot();
      expect(changedTables(before, current).length, `${name} by ${row.proof} changed nothing (the payload is not valid?): ${answer}`).toBeGreaterThan(0);
      if (disposable) await client.dispose();
    }
  });
});
