import { and, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { articles, auditLog, type Role } from "@/db/schema";
import { createArticle, deleteArticle, updateArticle } from "@/server/news/mutations";
import { getArticleForEditor, listArticlesForEditor } from "@/server/news/editor-queries";
import { findPublicArticle } from "@/server/news/public-article";
import type { CurrentUser } from "@/server/users";
import { articleInput } from "../support/news";
import { createPeople } from "../support/users";
import { describeOnDatabases } from "../support/databases";

describeOnDatabases("news editing", (database) => {
  let people: Record<Role, CurrentUser>;
  beforeAll(async () => {
    people = await createPeople(database());
  });
  const audits = (action: string, targetId: string) =>
    database().db.select().from(auditLog).where(and(eq(auditLog.action, action), eq(auditLog.targetId, targetId)));

  it("refuses a visitor and a member, who get nothing done", async () => {
    const input = articleInput({ fr: { title: "Tentative d'un membre" } });
    expect(await createArticle(null, input)).toEqual({ ok: false, reason: "forbidden" });
    expect(await createArticle(people.member, input)).toEqual({ ok: false, reason: "forbidden" });
    expect(await database().db.select().from(articles)).toHaveLength(0);
    expect(await database().db.select().from(auditLog)).toHaveLength(0);
  });

  it("lets an editor publish, and records who did it in the audit log", async () => {
    const created = await createArticle(people.editor, articleInput({ fr: { title: "Concert de tar" }, az: { title: "Tar konserti" } }));
    if (!created.ok) throw new Error("not created");
    const [entry] = await audits("article.create", created.id);
    expect(entry.actorId).toBe(people.editor.id);
    expect(entry.details).toMatchObject({ status: "published", versions: { fr: { slug: "concert-de-tar" }, az: { slug: "tar-konserti" } } });
    expect(await findPublicArticle("az", "tar-konserti")).toMatchObject({ kind: "article", article: { title: "Tar konserti", textLocale: "az" } });
  });

  it("sends the other language's slug to this language's own (308)", async () => {
    expect(await findPublicArticle("az", "concert-de-tar")).toEqual({ kind: "redirect", slug: "tar-konserti" });
    expect(await findPublicArticle("fr", "tar-konserti")).toEqual({ kind: "redirect", slug: "concert-de-tar" });
  });

  it("refuses a slug another article uses, in either language, as a slug error", async () => {
    expect(await createArticle(people.editor, articleInput({ fr: { title: "Concert de tar" } }))).toEqual({ ok: false, reason: "slugTaken", locales: ["fr"] });
    expect(await createArticle(people.editor, articleInput({ az: { title: "Başqa", slug: "concert-de-tar" } }))).toEqual({ ok: false, reason: "slugTaken", locales: ["az"] });
    // One article may use the same slug in both languages.
    expect((await createArticle(people.editor, articleInput({ fr: { title: "Novruz" }, az: { title: "Novruz" } }))).ok).toBe(true);
  });

  it("keeps an edited slug as an old one that redirects, and records the edit", async () => {
    const created = await createArticle(people.editor, articleInput({ fr: { title: "Ancien titre" }, az: { title: "Köhnə başlıq" } }));
    if (!created.ok) throw new Error("not created");
    const updated = await updateArticle(people.admin, created.id, created.revision, articleInput({ fr: { title: "Nouveau titre" }, az: { title: "Köhnə başlıq" } }));
    expect(updated).toMatchObject({ ok: true, touched: { slugs: expect.arrayContaining(["ancien-titre", "nouveau-titre", "kohne-basliq"]) } });
    expect(await findPublicArticle("fr", "ancien-titre")).toEqual({ kind: "redirect", slug: "nouveau-titre" });
    expect(await findPublicArticle("az", "ancien-titre")).toEqual({ kind: "redirect", slug: "kohne-basliq" });
    expect((await audits("article.update", created.id))[0].actorId).toBe(people.admin.id);
    // Another article may then take the old slug; the old redirect gives way.
    expect((await createArticle(people.editor, articleInput({ fr: { title: "Ancien titre" } }))).ok).toBe(true);
    expect(await findPublicArticle("fr", "ancien-titre")).toMatchObject({ kind: "article", article: { title: "Ancien titre" } });
  });

  it("shows a missing version's page with the other language's text, and redirects a removed version's slug", async () => {
    const created = await createArticle(people.editor, articleInput({ fr: { title: "Réunion des adhérents" }, az: { title: "Üzvlərin iclası" } }));
    if (!created.ok) throw new Error("not created");
    await updateArticle(people.editor, created.id, created.revision, articleInput({ fr: { title: "Réunion des adhérents" } }));
    expect(await findPublicArticle("az", "reunion-des-adherents")).toMatchObject({ kind: "article", article: { textLocale: "fr", title: "Réunion des adhérents", slugs: { fr: "reunion-des-adherents" } } });
    expect(await findPublicArticle("az", "uzvlerin-iclasi")).toEqual({ kind: "redirect", slug: "reunion-des-adherents" });
  });

  it("hides drafts and scheduled articles from visitors, even by their exact slug, until their time", async () => {
    const draft = await createArticle(people.editor, articleInput({ fr: { title: "Brouillon secret" } }, { status: "draft" }));
    const later = await createArticle(people.editor, articleInput({ fr: { title: "Annonce programmée" } }, { publishedAt: new Date(Date.now() + 3_600_000) }));
    if (!draft.ok || !later.ok) throw new Error("not created");
    expect(await findPublicArticle("fr", "brouillon-secret")).toEqual({ kind: "missing" });
    expect(await findPublicArticle("fr", "annonce-programmee")).toEqual({ kind: "missing" });
    await updateArticle(people.editor, later.id, later.revision, articleInput({ fr: { title: "Annonce programmée" } }, { publishedAt: new Date(Date.now() - 1000) }));
    expect(await findPublicArticle("fr", "annonce-programmee")).toMatchObject({ kind: "article" });
  });

  it("refuses a member's edit and delete, and lets an editor delete with an audit entry", async () => {
    const created = await createArticle(people.editor, articleInput({ fr: { title: "À supprimer" } }));
    if (!created.ok) throw new Error("not created");
    expect(await updateArticle(people.member, created.id, created.revision, articleInput({ fr: { title: "Piraté" } }))).toEqual({ ok: false, reason: "forbidden" });
    expect(await deleteArticle(people.member, created.id)).toEqual({ ok: false, reason: "forbidden" });
    expect(await findPublicArticle("fr", "a-supprimer")).toMatchObject({ kind: "article", article: { title: "À supprimer" } });

    expect(await deleteArticle(people.editor, created.id)).toMatchObject({ ok: true, touched: { slugs: ["a-supprimer"] } });
    expect(await findPublicArticle("fr", "a-supprimer")).toEqual({ kind: "missing" });
    expect((await audits("article.delete", created.id))[0].details).toMatchObject({ versions: { fr: { title: "À supprimer" } } });
    expect(await deleteArticle(people.editor, created.id)).toEqual({ ok: false, reason: "notFound" });
    expect(await deleteArticle(people.editor, "not-a-uuid")).toEqual({ ok: false, reason: "notFound" });
  });

  it("lists drafts, scheduled and published articles to editors only, with filters", async () => {
    expect(await listArticlesForEditor(people.member, {})).toEqual({ rows: [], next: null });
    const all = await listArticlesForEditor(people.editor, {});
    expect(all.rows[0]).toMatchObject({ status: "draft", titles: { fr: "Brouillon secret" } });
    expect((await listArticlesForEditor(people.editor, { status: "draft" })).rows.map((r) => r.titles.fr)).toEqual(["Brouillon secret"]);
    expect((await listArticlesForEditor(people.editor, { query: "TAR" })).rows.map((r) => r.titles.az)).toEqual(["Tar konserti"]);
    const first = await listArticlesForEditor(people.editor, {}, 2);
    const second = await listArticlesForEditor(people.editor, { after: first.next }, 100);
    expect(first.rows.length + second.rows.length).toBe(all.rows.length);
    expect(second.rows.some((r) => first.rows.some((f) => f.id === r.id))).toBe(false);
    expect(await getArticleForEditor(people.member, all.rows[0].id)).toBeNull();
    expect(await getArticleForEditor(people.editor, all.rows[0].id)).toMatchObject({ editorialStatus: "draft" });
  });
});
