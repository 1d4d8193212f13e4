import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { setDatabase, type Database } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import * as schema from "@/db/schema";
import { forgetRequestMemo } from "@/server/request-memo";
import { readerStateFor } from "@/server/reader";
import { findSessionUser } from "@/server/users";
import { sessionOf } from "../support/sessions";
import { createIdea } from "../support/ideas";
import { createUser } from "../support/users";

// What Next's headers() gives: one object for the whole request, another for the next one.
const request = vi.hoisted(() => ({ current: new Headers() as Headers | undefined }));
vi.mock("next/headers", () => ({
  headers: async () => {
    if (!request.current) throw new Error("`headers` was called outside a request scope.");
    return request.current;
  },
}));

const url = process.env.TEST_DATABASE_URL;

// Counted where the database receives them: every statement postgres.js sends to the server.
describe.skipIf(!url)("the session row is read once per request, in route handlers and server actions too (PostgreSQL)", () => {
  const name = `portal_session_reads_${randomBytes(6).toString("hex")}`;
  let sent: string[] = [];
  let database: Database;
  const sessionReads = () => sent.filter((query) => /from "user_sessions" inner join "users"/.test(query)).length;

  beforeAll(async () => {
    const server = postgres(url!, { max: 1, onnotice: () => {} });
    await server.unsafe(`create database ${name}`);
    await server.end();
    const target = new URL(url!);
    target.pathname = `/${name}`;
    const client = postgres(target.toString(), { max: 4, onnotice: () => {}, debug: (_connection, query) => void sent.push(query) });
    database = { db: drizzle(client, { schema }), kind: "postgres", url: target.toString(), close: () => client.end({ timeout: 5 }) };
    await migrateDatabase(database);
    setDatabase(database);
  });

  afterAll(async () => {
    setDatabase(undefined);
    await database?.close();
    const server = postgres(url!, { max: 1, onnotice: () => {} });
    await server.unsafe(`drop database if exists ${name} with (force)`);
    await server.end();
  });

  it("Auth.js's check and the portal's own share one read; the next request reads again", async () => {
    const member = await createUser(database);
    const session = await sessionOf(member);
    request.current = new Headers();
    sent = [];
    // A route handler asks twice: auth()'s jwt callback (server/auth.ts), then getCurrentSession (server/session.ts).
    const [first, second] = [await findSessionUser(session), await findSessionUser(session)];
    expect(first?.id).toBe(member.id);
    expect(second).toEqual(first);
    expect(sessionReads()).toBe(1);

    request.current = new Headers();
    expect((await findSessionUser(session))?.id).toBe(member.id);
    expect(sessionReads()).toBe(2);
  });

  it("after a server action (the wrapper forgets the request's memo), the page rendered in the same request sees the change", async () => {
    const member = await createUser(database, { name: "Avant" });
    const session = await sessionOf(member);
    request.current = new Headers();
    expect((await findSessionUser(session))?.name).toBe("Avant");
    await database.db.update(schema.users).set({ name: "Après" }).where(eq(schema.users.id, member.id));
    expect((await findSessionUser(session))?.name).toBe("Avant");
    await forgetRequestMemo();
    expect((await findSessionUser(session))?.name).toBe("Après");
  });

  it("outside a request (a job, a script) nothing is kept: each ask reads", async () => {
    const member = await createUser(database);
    const session = await sessionOf(member);
    request.current = undefined;
    sent = [];
    await findSessionUser(session);
    await findSessionUser(session);
    expect(sessionReads()).toBe(2);
  });

  it("/api/reader for an idea page: after the session row, one statement answers all it asks", async () => {
    const [member, author] = [await createUser(database), await createUser(database)];
    const idea = await createIdea(database, author.id, { status: "published" });
    const session = await sessionOf(member);
    request.current = new Headers();
    sent = [];
    const caller = await findSessionUser(session);
    const state = await readerStateFor(caller, { ideas: [idea.id], report: idea.id, comments: idea.id });
    expect(state.ideas?.[idea.id]).toEqual({ own: false, supported: false, following: false });
    expect(state.comments).toEqual({ mine: {} });
    // A member whose account is not a day old may not report yet: the page hides the form and says why.
    expect(state.report).toBe("tooNew");
    expect(sent).toHaveLength(2);
  });
});

