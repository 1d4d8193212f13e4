import http from "node:http";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { builtActions, FORM, replayAction } from "./support/actions";
import { changedTables, settledSnapshot } from "./support/database";
import { clientAs, type Role } from "./support/sessions";

const prev = { ok: false, fieldErrors: {}, values: {} };
const idea = { title: "Idée venue d'ailleurs", description: "Une description assez longue pour passer la validation.", category: "concert", language: "fr", visibility: "named" };

test.describe("requests the gate refuses", () => {
  test.describe.configure({ mode: "serial" });
  let member: APIRequestContext;
  test.beforeAll(async ({ baseURL }) => {
    member = await clientAs(baseURL!, "member");
  });
  test.afterAll(() => member.dispose());

  test("a server action posted from another site is refused, translated, and changes nothing", async () => {
    const submit = builtActions().get("actions/ideas.ts#submitIdeaAction")!;
    for (const [path, origin, fetchSite, text] of [
      ["/fr/centenaire/proposer", "https://evil.example", "cross-site", "Ce formulaire a été envoyé depuis un autre site"],
      ["/az/yuzillik/teklif", "null", undefined, "Bu forma başqa saytdan göndərilib"],
      ["/fr/centenaire/proposer", undefined, "same-site", "Ce formulaire a été envoyé depuis un autre site"],
    ] as const) {
      const before = await settledSnapshot();
      const headers: Record<string, string> = {};
      if (origin) headers.Origin = origin;
      if (fetchSite) headers["Sec-Fetch-Site"] = fetchSite;
      const response = await replayAction(member, submit, { path, args: [prev, FORM], form: { locale: "fr", ...idea }, headers });
      expect(response.status(), `${origin} ${fetchSite}`).toBe(403);
      expect(await response.text()).toContain(text);
      expect(changedTables(before, await settledSnapshot())).toEqual([]);
    }
  });

  test("an Origin of another scheme or another host is refused before Next, never answered 500", async ({ baseURL }) => {
    const submit = builtActions().get("actions/ideas.ts#submitIdeaAction")!;
    const site = new URL(baseURL!);
    const cookie = (await member.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    const action = { "Next-Action": submit, "Content-Type": "multipart/form-data; boundary=b", Cookie: cookie };
    const actionBody = `--b\r\nContent-Disposition: form-data; name="0"\r\n\r\n[{},"$K1"]\r\n--b--\r\n`;
    const form = { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie };
    const cases: [string, Record<string, string>, string][] = [
      // An https page is another origin than the http site.
      [`https://${site.host}`, action, actionBody],
      ["http://localhost:3000", action, actionBody],
      // The Host a proxy rewrites, the public host in X-Forwarded-Host: Next compares the Origin with the latter.
      ["http://localhost:3000", { ...action, Host: "localhost:3000", "X-Forwarded-Host": site.host }, actionBody],
      ["http://localhost:3000", { ...form, Host: "localhost:3000", "X-Forwarded-Host": site.host }, "title=x"],
      // Next compares the Host as sent: "LOCALHOST" is not the Origin's "localhost".
      [`http://localhost:${site.port}`, { ...action, Host: `LOCALHOST:${site.port}` }, actionBody],
    ];
    for (const [origin, headers, body] of cases) {
      const before = await settledSnapshot();
      const response = await rawPost(`${baseURL}/fr/centenaire/proposer`, { ...headers, Origin: origin }, body);
      expect(response.status, `${origin} ${JSON.stringify(headers)}`).toBe(403);
      expect(response.body).toContain("Ce formulaire a été envoyé depuis un autre site");
      expect(changedTables(before, await settledSnapshot())).toEqual([]);
    }
    // The site's own origin still posts.
    const own = await rawPost(`${baseURL}/fr/centenaire/proposer`, { ...action, Origin: site.origin }, actionBody);
    expect(own.status).toBe(200);
  });

  test("a return path that leaves the site after its dot segments are resolved leads to the account page", async ({ baseURL }) => {
    const signInId = builtActions().get("actions/auth.ts#signInAction")!;
    for (const payload of ["/.//evil.example", "/..//evil.example", "/fr/../..//evil.example"]) {
      const page = await (await fetch(`${baseURL}/fr/connexion?callbackUrl=${encodeURIComponent(payload)}`)).text();
      // The form carries the return path it was given in a hidden field (the address itself stays in the page, encoded).
      expect(page, payload).not.toMatch(/(&quot;|\\")\/\/evil\.example/);
      const client = await clientAs(baseURL!, "anonymous");
      const response = await replayAction(client, signInId, {
        path: "/fr/connexion",
        args: [prev, FORM],
        form: { locale: "fr", callbackUrl: payload,  email: "member@example.org", password: "member-demo-2017" },
        headers: { Origin: new URL(baseURL!).origin },
      });
      const location = response.headers()["x-action-redirect"] ?? response.headers().location ?? "";
      expect(location, payload).toMatch(/^\/fr\/compte/);
      await client.dispose();
    }
  });

  test("a form posted without JavaScript and without Origin is refused, and the server keeps answering", async ({ request }) => {
    // No browser posts without Origin; such posts once sent Next into an endless loop (vercel/next.js#57867).
    const response = await request.post("/fr/connexion", {
      multipart: { email: "member@example.org", password: "wrong-password" },
      maxRedirects: 0,
      timeout: 10_000,
    });
    expect(response.status()).toBe(403);
    expect(await response.text()).toContain("Ce formulaire a été envoyé depuis un autre site");
    expect((await request.get("/api/health", { timeout: 5_000 })).status()).toBe(200);
  });

  test("the sign-in endpoint refuses a post from another site", async ({ request }) => {
    const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
    const response = await request.post("/api/auth/callback/credentials", {
      headers: { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" },
      form: { csrfToken, email: "member@example.org", password: "member-demo-2017" },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(403);
    expect(response.headers()["set-cookie"] ?? "").not.toContain("session-token");
    const session = await (await request.get("/api/auth/session")).json();
    expect(session).toBeNull();
  });

  test("a body over 1 MB gets a translated 413, announced or streamed, and changes nothing", async ({ baseURL }) => {
    const submit = builtActions().get("actions/ideas.ts#submitIdeaAction")!;
    const big = { ...idea, description: "a".repeat(1_100_000) };
    const before = await settledSnapshot();
    const announced = await replayAction(member, submit, { path: "/fr/centenaire/proposer", args: [prev, FORM], form: { locale: "fr", ...big } });
    expect(announced.status()).toBe(413);
    expect(await announced.text()).toContain("dépasse 1 Mo");
    // Without Content-Length (chunked), the body is counted as it arrives.
    const streamed = await fetch(`${baseURL}/az/yuzillik/teklif`, {
      method: "POST",
      headers: { "Next-Action": submit, "Content-Type": "multipart/form-data; boundary=b", Cookie: (await member.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ") },
      body: new ReadableStream({
        start(controller) {
          const form = `--b\r\nContent-Disposition: form-data; name="0"\r\n\r\n[{},"$K1"]\r\n--b\r\nContent-Disposition: form-data; name="_1_description"\r\n\r\n`;
          controller.enqueue(new TextEncoder().encode(form));
          for (let i = 0; i < 12; i += 1) controller.enqueue(new Uint8Array(100_000).fill(97));
          controller.enqueue(new TextEncoder().encode("\r\n--b--\r\n"));
          controller.close();
        },
      }),
      duplex: "half",
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(await streamed.text()).toContain("1 MB-dan çoxdur");
    expect(changedTables(before, await settledSnapshot())).toEqual([]);
  });
});

test("an upload over 5 MB gets a 413 that names the 5 MB limit, in the editor's language", async ({ baseURL }) => {
  const editor = await clientAs(baseURL!, "editor");
  const cookie = (await editor.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const origin = new URL(baseURL!).origin;
  const big = Buffer.alloc(6 * 1024 * 1024, 1);
  for (const [language, text] of [["fr", "L'image dépasse 5 Mo"], ["az", "Şəkil 5 MB-dan böyükdür"]] as const) {
    const body = new FormData();
    body.append("file", new Blob([big], { type: "image/png" }), "cover.png");
    const response = await fetch(`${baseURL}/api/uploads`, { method: "POST", headers: { Cookie: `${cookie}; NEXT_LOCALE=${language}`, Origin: origin }, body });
    expect(response.status).toBe(413);
    const answer = await response.json();
    expect(answer.error).toBe("tooLarge");
    expect(answer.message).toContain(text);
    expect(answer.message).not.toMatch(/1 M[oB]/);
  }
  await editor.dispose();
});

test.describe("headers", () => {
  test("a page rendered per request carries a fresh nonce that its scripts use; no unsafe-inline for scripts", async ({ request }) => {
    const nonces = new Set<string>();
    for (let i = 0; i < 2; i += 1) {
      const response = await request.get("/fr/connexion");
      const policy = response.headers()["content-security-policy"];
      const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
      expect(nonce).toBeTruthy();
      expect(policy).toContain("'strict-dynamic'");
      expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(await response.text()).toContain(`nonce="${nonce}"`);
      nonces.add(nonce!);
    }
    expect(nonces.size).toBe(2);
  });

  test("the page works under its policy: no script is blocked", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto("/fr/connexion");
    await page.getByLabel("Adresse e-mail").fill("nobody@example.net");
    await page.getByLabel("Mot de passe").fill("wrong password");
    await page.getByRole("button", { name: "Se connecter" }).click();
    // The error comes back through a server action: React ran under the policy.
    await expect(page.getByText("Adresse e-mail ou mot de passe incorrect")).toBeVisible();
    expect(violations).toEqual([]);
  });

  test("every page a signed-in reader gets says private, no-store", async ({ baseURL }) => {
    const member = await clientAs(baseURL!, "member");
    for (const path of ["/fr", "/fr/actualites", "/fr/compte", "/api/auth/session"]) {
      const response = await member.get(path);
      expect(response.headers()["cache-control"], path).toBe("private, no-store");
    }
    await member.dispose();
  });
});

/** Same-origin links of a page. */
function links(html: string): string[] {
  return [...html.matchAll(/href="(\/[^"#]*)"/g)].map((m) => m[1].replaceAll("&amp;", "&")).filter((href) => !href.startsWith("/_next/") && !href.startsWith("//"));
}

test("a GET never changes the database: every page, feed and export a crawl reaches, for three roles", async ({ baseURL }) => {
  test.setTimeout(240_000);
  const start = ["/fr", "/az", "/fr/actualites?q=%3Cscript%3E", "/fr/admin", "/fr/compte", "/fr/admin/idees/export", "/api/account/export", "/fr/rss.xml", "/az/rss.xml", "/fr/agenda.ics", "/sitemap.xml", "/robots.txt", "/api/health", "/api/auth/session", "/fr/reinitialiser/jeton-invente"];
  // Signing in writes a session row: the clients sign in before the snapshot, and the crawl is what is compared.
  const roles = ["anonymous", "member", "admin"] satisfies Role[];
  const clients = await Promise.all(roles.map((role) => clientAs(baseURL!, role)));
  const before = await settledSnapshot();
  let visited = 0;
  for (const [index, role] of roles.entries()) {
    const client = clients[index];
    const seen = new Set<string>(start);
    const queue = [...start];
    while (queue.length && seen.size < 160) {
      const path = queue.shift()!;
      if (path.startsWith("/api/auth/signout")) continue;
      const response = await client.get(path, { maxRedirects: 0 });
      visited += 1;
      expect(response.status(), `${role}: GET ${path}`).toBeLessThan(500);
      const type = response.headers()["content-type"] ?? "";
      if (!type.includes("text/html")) continue;
      for (const href of links(await response.text())) {
        if (!seen.has(href)) {
          seen.add(href);
          queue.push(href);
        }
      }
    }
    await client.dispose();
  }
  expect(visited).toBeGreaterThan(100);
  const after = await settledSnapshot();
  expect(changedTables(before, after)).toEqual([]);
});

/** A POST written as a script writes it, Host header included (fetch would not let a test set it). */
function rawPost(address: string, headers: Record<string, string>, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(address, { method: "POST", headers: { ...headers, "Content-Length": String(Buffer.byteLength(body)) } }, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk) => (text += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body: text }));
    });
    request.on("error", reject);
    request.end(body);
  });
}
