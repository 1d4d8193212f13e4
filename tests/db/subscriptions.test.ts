import { eq, inArray } from "drizzle-orm";
import { expect, it } from "vitest";
import { mailOutbox, mailSuppressions, subscriptions } from "@/db/schema";
import { exportAccountData } from "@/server/account-data";
import { createArticle, updateArticle } from "@/server/news/mutations";
import { addressHash } from "@/server/subscriptions/links";
import { confirmSubscription, describeConfirmation, requestSubscription, unsubscribe } from "@/server/subscriptions/mutations";
import { listDueSendings, queueSendingBatch, runNewsSendings } from "@/server/subscriptions/sending";
import { isoWeek, listWeeklyDigest } from "@/server/subscriptions/digest";
import { deleteOwnAccount } from "@/server/account-data";
import type { SubscriptionChoices } from "@/lib/validation/subscription";
import { describeOnDatabases } from "../support/databases";
import { articleInput } from "../support/news";
import { createUser, PASSWORD } from "../support/users";

const embassyFr: SubscriptionChoices = { organisations: ["embassy"], agenda: false, locales: ["fr"], frequency: "each" };
const HOUR = 3_600_000;
let clock = Date.now() + 24 * HOUR;
/** Each test runs at its own hour, so that the per-minute rate of one test does not spend another's. */
const nextHour = () => new Date((clock += HOUR));
let address = 0;
const freshAddress = () => `abonne-${Date.now().toString(36)}-${address++}@example.net`;
const tokenIn = (body: string, path: string) => new RegExp(`${path}/([^\\s?]+)`).exec(body)?.[1];

describeOnDatabases("subscriptions", (database) => {
  const outboxTo = (email: string) => database().db.select().from(mailOutbox).where(eq(mailOutbox.to, email)).orderBy(mailOutbox.createdAt);
  const here = { address: "198.51.100.20" };

  /** Subscribes and confirms through the link of the mail, as the owner of the address does. */
  async function subscribed(email: string, choices = embassyFr, locale: "fr" | "az" = "fr") {
    expect(await requestSubscription(email, choices, locale, { address: `203.0.113.${address % 250}` })).toEqual({ ok: true });
    const [mail] = (await outboxTo(email)).filter((m) => m.kind === "subscription.confirm");
    const token = tokenIn(mail.body, locale === "fr" ? "/fr/abonnement/confirmer" : "/az/abunelik/tesdiq")!;
    expect(await confirmSubscription(token)).toBe("valid");
    return email;
  }

  it("double opt-in: nothing is sent before the link of the confirmation mail is used, and the link lasts a week", async () => {
    const { editor } = { editor: await createUser(database(), { role: "editor" }) };
    const email = freshAddress();
    expect(await requestSubscription(email, embassyFr, "fr", here)).toEqual({ ok: true });
    const [confirm] = await outboxTo(email);
    expect(confirm.kind).toBe("subscription.confirm");
    expect(confirm.subject).toBe("Confirmez votre abonnement aux nouvelles");
    expect(confirm.body).toContain("Actualités de l'ambassade");
    const token = tokenIn(confirm.body, "/fr/abonnement/confirmer")!;
    expect(confirm.html).toContain(`/fr/abonnement/confirmer/${token}`);

    const now = nextHour();
    const article = await createArticle(editor, articleInput({ fr: { title: `Avant confirmation ${address}` } }), { notifySubscribers: true });
    expect(article.ok).toBe(true);
    await runNewsSendings(now, 100);
    expect((await outboxTo(email)).filter((m) => m.kind === "news.article")).toHaveLength(0);

    expect(await describeConfirmation(token, new Date(Date.now() + 8 * 24 * HOUR))).toBe("expired");
    expect(await confirmSubscription(token)).toBe("valid");
    expect(await confirmSubscription(token)).toBe("done");
    expect(await describeConfirmation(`${token.slice(0, -2)}xx`)).toBe("invalid");
  });

  it("a request for an address already subscribed changes nothing and mails its owner a link to manage it", async () => {
    const email = await subscribed(freshAddress());
    expect(await requestSubscription(email, { organisations: ["ulduz"], agenda: true, locales: ["az"], frequency: "weekly" }, "az", here)).toEqual({ ok: true });
    const [row] = await database().db.select().from(subscriptions).where(eq(subscriptions.email, email));
    expect(row).toMatchObject({ organisations: ["embassy"], agenda: false, locales: ["fr"], frequency: "each" });
    const last = (await outboxTo(email)).at(-1)!;
    expect(last.subject).toBe("Abunəliyiniz artıq var");
    expect(last.body).toMatch(/\/az\/abunelik\/idare\//);
  });

  it("an article goes once to each confirmed subscriber of its organisation, in their languages, with RFC 8058 headers", async () => {
    const editor = await createUser(database(), { role: "editor" });
    const fr = await subscribed(freshAddress());
    const both = await subscribed(freshAddress(), { organisations: ["embassy"], agenda: false, locales: ["az", "fr"], frequency: "each" }, "az");
    const other = await subscribed(freshAddress(), { organisations: ["ulduz"], agenda: false, locales: ["fr"], frequency: "each" });
    const weekly = await subscribed(freshAddress(), { ...embassyFr, frequency: "weekly" });
    const now = nextHour();
    const saved = await createArticle(editor, articleInput({ fr: { title: `Journée portes ouvertes ${address}` }, az: { title: `Açıq qapı günü ${address}` } }), { notifySubscribers: true });
    if (!saved.ok) throw new Error("not saved");
    await runNewsSendings(now, 1000);
    // A correction saved with the box ticked again, and a second run: nothing new.
    const again = await updateArticle(editor, saved.id, saved.revision, articleInput({ fr: { title: `Journée portes ouvertes ${address} (corrigé)` } }), { notifySubscribers: true });
    expect(again.ok).toBe(true);
    await runNewsSendings(new Date(now.getTime() + 120_000), 1000);

    const news = async (email: string) => (await outboxTo(email)).filter((m) => m.kind === "news.article");
    const [toFr] = await news(fr);
    expect(await news(fr)).toHaveLength(1);
    expect(toFr.subject).toMatch(/^Journée portes ouvertes/);
    expect(toFr.body).toMatch(/\/fr\/actualites\/journee-portes-ouvertes/);
    expect(toFr.body).not.toContain("Açıq qapı");
    expect(toFr.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(toFr.headers?.["List-Unsubscribe"]).toMatch(/^<http:\/\/localhost:\d+\/api\/unsubscribe\/[0-9a-f-]{36}\.[\w-]{43}\?lang=fr>$/);
    expect(toFr.html).toContain("Me désabonner");

    const [toBoth] = await news(both);
    expect(await news(both)).toHaveLength(1);
    expect(toBoth.subject).toMatch(/^Açıq qapı günü/);
    expect(toBoth.body.indexOf("Açıq qapı")).toBeLessThan(toBoth.body.indexOf("Journée portes ouvertes"));
    expect(toBoth.body).toContain("Abunəlikdən çıxın");
    expect(await news(other)).toHaveLength(0);
    expect(await news(weekly)).toHaveLength(0);
  });

  it("keeps to the rate per minute, and a sending stopped half-way resumes where it was, each address once, even with two workers at once", async () => {
    const editor = await createUser(database(), { role: "editor" });
    const emails: string[] = [];
    // The Cultural Centre's news: no other test subscribes to them, so the batches hold these seven only.
    for (let i = 0; i < 7; i++) emails.push(await subscribed(freshAddress(), { ...embassyFr, organisations: ["cultural_centre"] }));
    const now = nextHour();
    const saved = await createArticle(editor, articleInput({ fr: { title: `Rythme ${address}` } }, { organisation: "cultural_centre" }), { notifySubscribers: true });
    if (!saved.ok) throw new Error("not saved");
    await listDueSendings(now);
    const mine = async () => (await database().db.select().from(mailOutbox).where(inArray(mailOutbox.to, emails))).filter((m) => m.kind === "news.article");

    // Two instances take a batch at the same moment: the rate holds for both together.
    await Promise.all([queueSendingBatch(now, 3), queueSendingBatch(now, 3)]);
    expect(await mine()).toHaveLength(3);
    expect(await queueSendingBatch(new Date(now.getTime() + 30_000), 3)).toBe(0);
    // A minute later (a worker that stopped, then another that starts): the rest, never twice.
    await queueSendingBatch(new Date(now.getTime() + 61_000), 3);
    await Promise.all([queueSendingBatch(new Date(now.getTime() + 122_000), 3), queueSendingBatch(new Date(now.getTime() + 122_000), 3)]);
    const sent = await mine();
    expect(sent).toHaveLength(7);
    expect(new Set(sent.map((m) => m.to)).size).toBe(7);
  });

  it("unsubscribing is final: the address is gone, only its hash stays, a repeated click changes nothing, the next article is not sent", async () => {
    const editor = await createUser(database(), { role: "editor" });
    const email = await subscribed(freshAddress());
    const first = await createArticle(editor, articleInput({ fr: { title: `Premier ${address}` } }), { notifySubscribers: true });
    expect(first.ok).toBe(true);
    await runNewsSendings(nextHour(), 1000);
    const [mail] = (await outboxTo(email)).filter((m) => m.kind === "news.article");
    const token = /\/api\/unsubscribe\/([^?>]+)/.exec(mail.headers!["List-Unsubscribe"])![1];

    expect(await unsubscribe(token)).toBe("valid");
    expect(await unsubscribe(token)).toBe("gone");
    expect(await database().db.select().from(subscriptions).where(eq(subscriptions.email, email))).toHaveLength(0);
    const [suppression] = await database().db.select().from(mailSuppressions).where(eq(mailSuppressions.emailHash, addressHash(email)));
    expect(suppression).toBeDefined();
    expect(JSON.stringify(suppression)).not.toContain(email);

    const second = await createArticle(editor, articleInput({ fr: { title: `Second ${address}` } }), { notifySubscribers: true });
    expect(second.ok).toBe(true);
    await runNewsSendings(nextHour(), 1000);
    expect((await outboxTo(email)).filter((m) => m.kind === "news.article")).toHaveLength(1);
    expect(await unsubscribe("not-a-token")).toBe("invalid");
  });

  it("a scheduled article is sent when it goes live, not before", async () => {
    const editor = await createUser(database(), { role: "editor" });
    const email = await subscribed(freshAddress());
    const now = nextHour();
    const saved = await createArticle(editor, articleInput({ fr: { title: `Programmé ${address}` } }, { publishedAt: new Date(now.getTime() + 30 * 60_000) }), { notifySubscribers: true });
    expect(saved.ok).toBe(true);
    await runNewsSendings(now, 1000);
    expect((await outboxTo(email)).filter((m) => m.kind === "news.article")).toHaveLength(0);
    await runNewsSendings(new Date(now.getTime() + 31 * 60_000), 1000);
    expect((await outboxTo(email)).filter((m) => m.kind === "news.article")).toHaveLength(1);
  });

  it("subscribe is throttled per address, even in a parallel burst from many clients, so that it cannot mail-bomb anyone", async () => {
    const email = freshAddress();
    const results = await Promise.all([1, 2, 3, 4, 5, 6].map((i) => requestSubscription(email, embassyFr, "fr", { address: `192.0.2.${i}` })));
    expect(results.filter((r) => r.ok)).toHaveLength(3);
    expect((await outboxTo(email)).length).toBeLessThanOrEqual(3);
  });

  it("'my data' lists the member's subscription, and deleting the account deletes it", async () => {
    const member = await createUser(database(), { role: "member" });
    await subscribed(member.email);
    const data = (await exportAccountData(member)) as unknown as { subscriptions: { email: string; organisations: string[] }[] };
    expect(data.subscriptions).toEqual([expect.objectContaining({ email: member.email, organisations: ["embassy"] })]);
    expect((await deleteOwnAccount(member, PASSWORD, here)).ok).toBe(true);
    expect(await database().db.select().from(subscriptions).where(eq(subscriptions.email, member.email))).toHaveLength(0);
  });

  it("the weekly digest: the week's articles of the lists chosen, once per address and week, nothing when there is nothing new", async () => {
    const editor = await createUser(database(), { role: "editor" });
    const weekly = await subscribed(freshAddress(), { organisations: ["ulduz"], agenda: false, locales: ["az"], frequency: "weekly" }, "az");
    const quiet = await subscribed(freshAddress(), { organisations: ["cultural_centre"], agenda: false, locales: ["az"], frequency: "weekly" }, "az");
    const saved = await createArticle(editor, articleInput({ az: { title: `Həftənin xəbəri ${address}` }, fr: { title: `Nouvelle de la semaine ${address}` } }, { organisation: "ulduz" }));
    expect(saved.ok).toBe(true);
    const now = new Date();
    expect(await listWeeklyDigest(now)).toBeGreaterThanOrEqual(2);
    expect(await listWeeklyDigest(now)).toBe(0);
    // At the real time: the other tests' batches ran at later hours of their own clock.
    await queueSendingBatch(new Date(), 1000);
    const digests = async (email: string) => (await outboxTo(email)).filter((m) => m.kind === "news.digest");
    const [digest] = await digests(weekly);
    expect(await digests(weekly)).toHaveLength(1);
    expect(digest.subject).toBe("Həftənin xəbərləri");
    expect(digest.body).toContain(`Həftənin xəbəri ${address}`);
    expect(digest.body).not.toContain("Nouvelle de la semaine");
    expect(digest.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    // The subscriber with nothing new this week gets nothing.
    expect(await digests(quiet)).toHaveLength(0);
    expect(isoWeek(new Date("2026-12-04T09:00:00Z"))).toBe("2026-W49");
    expect(isoWeek(new Date("2027-01-01T09:00:00Z"))).toBe("2026-W53");
  });
});
