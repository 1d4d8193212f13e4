import { and, eq, sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { articles, auditLog } from "@/db/schema";
import { getArticleForEditor, listArticlesForEditor } from "@/server/news/editor-queries";
import { createArticle, updateArticle } from "@/server/news/mutations";
import { findPublicArticle } from "@/server/news/public-article";
import { listTranslationDesk } from "@/server/news/translation-desk";
import type { CurrentUser } from "@/server/users";
import { articleInput, daysAgo } from "../support/news";
import { createUser } from "../support/users";
import { describeOnDatabases } from "../support/databases";

const fr = { title: "Fête de Novruz", body: "Le feu est allumé au crépuscule." };
const az = { title: "Novruz bayramı", body: "Tonqal axşam yandırılır." };

describeOnDatabases("translation desk: each version knows what it was translated from", (database) => {
  let editor: CurrentUser;
  let ulduzEditor: CurrentUser;
  let admin: CurrentUser;
  beforeAll(async () => {
    editor = await createUser(database(), { role: "editor", organisations: ["embassy"] });
    ulduzEditor = await createUser(database(), { role: "editor", organisations: ["ulduz"] });
    admin = await createUser(database(), { role: "admin" });
  });

  async function created(input: ReturnType<typeof articleInput>, by = editor) {
    const result = await createArticle(by, input);
    if (!result.ok) throw new Error(`not created: ${result.reason}`);
    return result;
  }
  const outdated = async (id: string) => (await listArticlesForEditor(editor, {})).rows.find((r) => r.id === id)?.outdated;
  const pending = async (id: string) => (await database().db.select({ p: articles.translationPending }).from(articles).where(eq(articles.id, id)))[0].p;

  it("editing the French text marks the Azerbaijani version out of date, for editors and readers; saving the translation clears it", async () => {
    const article = await created(articleInput({ fr, az }));
    expect(await outdated(article.id)).toEqual([]);
    expect(await pending(article.id)).toBe(false);
    expect(await findPublicArticle("az", "novruz-bayrami")).toMatchObject({ kind: "article", article: { outOfDate: false } });

    // A new slug alone is no new text: nothing to translate.
    const renamed = await updateArticle(editor, article.id, article.revision, articleInput({ fr: { ...fr, slug: "novruz-a-paris" }, az }));
    if (!renamed.ok) throw new Error("not saved");
    expect(await outdated(article.id)).toEqual([]);

    const edited = await updateArticle(editor, article.id, renamed.revision, articleInput({ fr: { ...fr, slug: "novruz-a-paris", body: "Le feu est allumé au crépuscule, place de la République." }, az }));
    if (!edited.ok) throw new Error("not saved");
    expect(await outdated(article.id)).toEqual(["az"]);
    expect(await pending(article.id)).toBe(true);
    expect(await findPublicArticle("az", "novruz-bayrami")).toMatchObject({ kind: "article", article: { outOfDate: true, textLocale: "az" } });
    expect(await findPublicArticle("fr", "novruz-a-paris")).toMatchObject({ kind: "article", article: { outOfDate: false } });
    // What the translator starts from: the French text as it was when the Azerbaijani one was written.
    const forEditor = await getArticleForEditor(editor, article.id);
    expect(forEditor?.versions.az?.writtenAgainstText).toBe(`Fête de Novruz\n\nRésumé · Fête de Novruz\n\nLe feu est allumé au crépuscule.`);

    // Saving the whole form again with the Azerbaijani text unchanged leaves the mark.
    const resaved = await updateArticle(editor, article.id, edited.revision, articleInput({ fr: { ...fr, slug: "novruz-a-paris", body: "Le feu est allumé au crépuscule, place de la République." }, az }));
    if (!resaved.ok) throw new Error("not saved");
    expect(await outdated(article.id)).toEqual(["az"]);
    expect((await getArticleForEditor(editor, article.id))?.versions.az?.writtenAgainstText).toBe(forEditor?.versions.az?.writtenAgainstText);

    const translated = await updateArticle(editor, article.id, resaved.revision, articleInput({ fr: { ...fr, slug: "novruz-a-paris", body: "Le feu est allumé au crépuscule, place de la République." }, az: { ...az, body: "Tonqal axşam Respublika meydanında yandırılır." } }));
    if (!translated.ok) throw new Error("not saved");
    expect(await outdated(article.id)).toEqual([]);
    expect(await pending(article.id)).toBe(false);
    expect(await findPublicArticle("az", "novruz-bayrami")).toMatchObject({ kind: "article", article: { outOfDate: false } });
    expect((await getArticleForEditor(editor, article.id))?.versions.az?.writtenAgainstText).toContain("place de la République");
  });

  it("the reverse: an edited Azerbaijani text marks the French version, which the translator says is up to date", async () => {
    const article = await created(articleInput({ fr: { title: "Exposition de tapis" }, az: { title: "Xalça sərgisi" } }));
    const edited = await updateArticle(editor, article.id, article.revision, articleInput({ fr: { title: "Exposition de tapis" }, az: { title: "Xalça sərgisi", body: "Qarabağ xalçaları nümayiş olunur." } }));
    if (!edited.ok) throw new Error("not saved");
    expect(await outdated(article.id)).toEqual(["fr"]);
    expect(await findPublicArticle("fr", "exposition-de-tapis")).toMatchObject({ kind: "article", article: { outOfDate: true, textLocale: "fr" } });

    // Ticking "up to date" beside the other version changes nothing.
    const wrongBox = await updateArticle(editor, article.id, edited.revision, articleInput({ fr: { title: "Exposition de tapis" }, az: { title: "Xalça sərgisi", body: "Qarabağ xalçaları nümayiş olunur." } }), { upToDate: ["az"] });
    if (!wrongBox.ok) throw new Error("not saved");
    expect(await outdated(article.id)).toEqual(["fr"]);

    const confirmed = await updateArticle(editor, article.id, wrongBox.revision, articleInput({ fr: { title: "Exposition de tapis" }, az: { title: "Xalça sərgisi", body: "Qarabağ xalçaları nümayiş olunur." } }), { upToDate: ["fr"] });
    if (!confirmed.ok) throw new Error("not saved");
    expect(await outdated(article.id)).toEqual([]);
    expect(await findPublicArticle("fr", "exposition-de-tapis")).toMatchObject({ kind: "article", article: { outOfDate: false } });
    const marked = await database().db.select().from(auditLog).where(and(eq(auditLog.action, "article.update"), eq(auditLog.targetId, article.id), sql`${auditLog.details} ? 'upToDate'`));
    expect(marked.map((entry) => (entry.details as { upToDate: string[] }).upToDate).sort()).toEqual([["az"], ["fr"]]);
  });

  it("a version added later is written against the one there was; both are current", async () => {
    const article = await created(articleInput({ fr: { title: "Cours de langue" } }));
    expect(await pending(article.id)).toBe(true);
    const added = await updateArticle(editor, article.id, article.revision, articleInput({ fr: { title: "Cours de langue" }, az: { title: "Dil kursu" } }));
    if (!added.ok) throw new Error("not saved");
    expect(await pending(article.id)).toBe(false);
    expect(await outdated(article.id)).toEqual([]);
    // Then the Azerbaijani text is corrected: the French one, the original, is flagged.
    const corrected = await updateArticle(editor, article.id, added.revision, articleInput({ fr: { title: "Cours de langue" }, az: { title: "Azərbaycan dili kursu" } }));
    if (!corrected.ok) throw new Error("not saved");
    expect(await outdated(article.id)).toEqual(["fr"]);
  });

  it("the desk lists what has no version in one language and what is out of date, newest first, scoped by organisation", async () => {
    const onlyFr = await created(articleInput({ fr: { title: "Communiqué sans traduction" } }, { publishedAt: daysAgo(3) }));
    const onlyAz = await created(articleInput({ az: { title: "Tərcüməsiz bəyanat" } }, { publishedAt: daysAgo(2) }));
    const complete = await created(articleInput({ fr: { title: "Article complet" }, az: { title: "Tam məqalə" } }, { publishedAt: daysAgo(1) }));
    const stale = await created(articleInput({ fr: { title: "Article à retraduire" }, az: { title: "Yenidən tərcümə" } }, { publishedAt: daysAgo(4) }));
    const edited = await updateArticle(editor, stale.id, stale.revision, articleInput({ fr: { title: "Article à retraduire", body: "Nouveau texte." }, az: { title: "Yenidən tərcümə" } }, { publishedAt: daysAgo(4) }));
    if (!edited.ok) throw new Error("not saved");
    const ulduz = await created(articleInput({ fr: { title: "Nouvelles d'Ulduz" } }, { organisation: "ulduz", publishedAt: daysAgo(1) }), ulduzEditor);

    const desk = await listTranslationDesk(editor, { scope: "mine" });
    const ids = desk.rows.map((r) => r.id);
    expect(ids).not.toContain(complete.id);
    expect(ids).not.toContain(ulduz.id);
    const mine = [onlyAz.id, onlyFr.id, stale.id];
    expect(ids.filter((id) => mine.includes(id))).toEqual(mine);
    expect(desk.rows.find((r) => r.id === stale.id)).toMatchObject({ outdated: ["az"], titles: { fr: "Article à retraduire", az: "Yenidən tərcümə" } });
    expect(desk.rows.find((r) => r.id === onlyFr.id)?.titles).toEqual({ fr: "Communiqué sans traduction" });

    expect((await listTranslationDesk(ulduzEditor, { scope: "mine" })).rows.map((r) => r.id)).toEqual([ulduz.id]);
    expect((await listTranslationDesk(editor, { scope: "ulduz" })).rows.map((r) => r.id)).toEqual([ulduz.id]);
    expect((await listTranslationDesk(admin, { scope: "mine" })).rows.map((r) => r.id)).toEqual(expect.arrayContaining([ulduz.id, ...mine]));
    expect((await listTranslationDesk(editor, { scope: "all" })).rows.map((r) => r.id)).toEqual(expect.arrayContaining([ulduz.id, ...mine]));
    expect(await listTranslationDesk(null, { scope: "all" })).toEqual({ rows: [], next: null });

    // Keyset pages: two, then the rest, nothing twice.
    const first = await listTranslationDesk(editor, { scope: "mine" }, 2);
    expect(first.next).toBeTruthy();
    const second = await listTranslationDesk(editor, { scope: "mine", after: first.next }, 100);
    expect([...first.rows, ...second.rows].map((r) => r.id)).toEqual(ids);

    // Translated: off the desk.
    const done = await updateArticle(editor, onlyFr.id, onlyFr.revision, articleInput({ fr: { title: "Communiqué sans traduction" }, az: { title: "Tərcümə olunmuş bəyanat" } }, { publishedAt: daysAgo(3) }));
    if (!done.ok) throw new Error("not saved");
    expect((await listTranslationDesk(editor, { scope: "mine" })).rows.map((r) => r.id)).not.toContain(onlyFr.id);
  });
});
