import { count, isNotNull, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { ideaSupports, ideas } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { ideasCsvStream } from "@/server/ideas/export";
import { describeOnDatabases } from "../support/databases";
import { createIdea } from "../support/ideas";
import { createUser } from "../support/users";

/** The bytes as they are: a plain `.text()` would swallow the BOM. */
async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
}

describeOnDatabases("demo ideas and the CSV export", (database) => {
  const db = () => database().db;

  it("seeds at least twelve ideas in both languages and every state, once", async () => {
    const first = await seedDatabase(db());
    expect(first.ideas).toBeGreaterThanOrEqual(12);
    const second = await seedDatabase(db());
    expect(second.ideas).toBe(0);

    const rows = await db().select({ status: ideas.status, language: ideas.language, hidden: ideas.hiddenAt, supports: ideas.supportCount }).from(ideas);
    expect(rows.length).toBeGreaterThanOrEqual(12);
    expect(new Set(rows.map((r) => r.language))).toEqual(new Set(["fr", "az"]));
    for (const status of ["pending", "published", "rejected", "retained"]) expect(rows.some((r) => r.status === status)).toBe(true);
    expect(rows.some((r) => r.hidden)).toBe(true);
    expect(rows.filter((r) => r.supports > 0).length).toBeGreaterThanOrEqual(4);
    // The counters match the rows the seed wrote.
    const [{ total }] = await db().select({ total: sql<number>`sum(${ideas.supportCount})::int` }).from(ideas);
    const [{ n }] = await db().select({ n: count() }).from(ideaSupports);
    expect(total).toBe(n);
    const [{ hidden }] = await db().select({ hidden: count() }).from(ideas).where(isNotNull(ideas.hiddenAt));
    expect(hidden).toBe(1);
  });

  it("exports every idea for editors only, as UTF-8 CSV with a BOM, safe for spreadsheets", async () => {
    const member = await createUser(database());
    const editor = await createUser(database(), { role: "editor" });
    expect(ideasCsvStream(member, "fr")).toBeNull();
    expect(ideasCsvStream(null, "fr")).toBeNull();

    const named = await createUser(database());
    await createIdea(database(), named.id, { title: '=HYPERLINK("http://evil.example","clic")', description: 'Ligne 1, "citée"\nLigne 2', showName: true, status: "published" });
    const anonymous = await createUser(database());
    await createIdea(database(), anonymous.id, { title: "Une idée anonyme", showName: false, status: "published" });
    const withdrawn = await createIdea(database(), named.id, { title: "Retirée par son auteur", status: "withdrawn" });

    const stream = ideasCsvStream(editor, "fr");
    if (!stream) throw new Error("no stream");
    const csv = await readAll(stream);
    expect(csv.startsWith("\uFEFFNuméro,Titre,Description,État,")).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""clic"")","Ligne 1, ""citée""\nLigne 2",Publiée,`);
    const anonymousLine = csv.split("\r\n").find((line) => line.includes("Une idée anonyme"));
    expect(anonymousLine).toBeDefined();
    expect(anonymousLine).not.toContain(anonymous.name);
    expect(csv).toContain(named.name);
    expect(csv).not.toContain(withdrawn.title);
    const [{ n }] = await db().select({ n: count() }).from(ideas).where(sql`${ideas.status} <> 'withdrawn'`);
    // Header + one line per idea; the quoted newline above is inside a cell, not a line of its own.
    expect(csv.split("\r\n").filter(Boolean)).toHaveLength(n + 1);
  });
});
