import { and, eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { ideaFollows, mailOutbox, notifications, users } from "@/db/schema";
import { toggleOfficialAnswer } from "@/server/ideas/comments/moderation";
import { postComment } from "@/server/ideas/comments/write";
import { setFollowing } from "@/server/ideas/follow";
import { addMilestone } from "@/server/ideas/milestones/write";
import { moderateIdea } from "@/server/ideas/moderation";
import { submitIdea } from "@/server/ideas/submit";
import { toggleSupport } from "@/server/ideas/support";
import { ideaMailOf, listNotifications, markAllNotificationsRead, markNotificationRead, NOTIFICATIONS_PAGE_SIZE, setIdeaMail } from "@/server/notifications";
import { unreadOf } from "../support/reader";
import { readerStateFor } from "@/server/reader";
import { describeOnDatabases } from "../support/databases";
import { createIdea, validIdea } from "../support/ideas";
import { createUser } from "../support/users";

describeOnDatabases("following ideas and notifications", (database) => {
  const db = () => database().db;
  const followers = async (ideaId: number) =>
    (await db().select({ userId: ideaFollows.userId }).from(ideaFollows).where(and(eq(ideaFollows.ideaId, ideaId), eq(ideaFollows.following, true)))).map((r) => r.userId).sort();
  const told = async (ideaId: number) =>
    (await db().select({ to: notifications.recipientId, kind: notifications.kind }).from(notifications).where(eq(notifications.ideaId, ideaId))).sort((a, b) => a.to.localeCompare(b.to));

  it("the author follows the idea they submit and a supporter the idea they support; either can stop, and supporting again does not overrule them", async () => {
    const author = await createUser(database());
    const submitted = await submitIdea(author, validIdea);
    if (!submitted.ok) throw new Error(submitted.reason);
    expect(await followers(submitted.id)).toEqual([author.id]);

    const idea = await createIdea(database(), author.id, { status: "published" });
    const member = await createUser(database());
    await toggleSupport(member, idea.id);
    expect(await followers(idea.id)).toEqual([member.id]);
    expect((await readerStateFor(member, { ideas: [idea.id] })).ideas?.[idea.id]).toEqual({ own: false, supported: true, following: true });

    expect(await setFollowing(member, idea.id, false)).toEqual({ ok: true, following: false });
    expect(await followers(idea.id)).toEqual([]);
    // Taking the support back and giving it again leaves them as they chose.
    await toggleSupport(member, idea.id);
    await toggleSupport(member, idea.id);
    expect(await followers(idea.id)).toEqual([]);
    expect((await readerStateFor(member, { ideas: [idea.id] })).ideas?.[idea.id]?.following).toBe(false);
    expect(await setFollowing(member, idea.id, true)).toEqual({ ok: true, following: true });
    expect(await followers(idea.id)).toEqual([member.id]);
  });

  it("nobody follows what they may not see, and a visitor follows nothing", async () => {
    const author = await createUser(database());
    const pending = await createIdea(database(), author.id);
    const member = await createUser(database());
    expect(await setFollowing(null, pending.id, true)).toEqual({ ok: false, reason: "signedOut" });
    expect(await setFollowing(member, pending.id, true)).toEqual({ ok: false, reason: "notFound" });
    expect(await setFollowing(member, 2_000_000_000, true)).toEqual({ ok: false, reason: "notFound" });
    expect(await followers(pending.id)).toEqual([]);
    // Its author may follow their own idea while it waits.
    expect(await setFollowing(author, pending.id, true)).toEqual({ ok: true, following: true });
  });

  it("a comment, an official answer, retaining and a milestone tell every follower but the one who caused it, and nobody else", async () => {
    const author = await createUser(database());
    const editor = await createUser(database(), { role: "editor", organisations: ["embassy"] });
    const [follower, stopped, bystander] = [await createUser(database()), await createUser(database()), await createUser(database())];
    const idea = await createIdea(database(), author.id, { status: "published" });
    await setFollowing(author, idea.id, true);
    await toggleSupport(follower, idea.id);
    await toggleSupport(stopped, idea.id);
    await setFollowing(stopped, idea.id, false);

    // The follower comments: the author hears of it, the follower does not hear of their own comment.
    expect((await postComment(follower, { ideaId: idea.id, body: "Très bonne idée.", language: "fr" })).ok).toBe(true);
    expect(await told(idea.id)).toEqual([{ to: author.id, kind: "comment" }]);
    // Publishing a waiting idea is for its author's mail: an approval tells no follower.
    const waiting = await submitIdea(author, { ...validIdea, title: "Une idée qui attend" });
    if (!waiting.ok) throw new Error(waiting.reason);
    expect((await moderateIdea(editor, { id: waiting.id, version: 1, decision: "approve" })).ok).toBe(true);
    expect(await told(waiting.id)).toEqual([]);

    // The editor's reply, marked as the official answer: the followers hear the organisers answered (taking the mark back tells nobody).
    const reply = await postComment(editor, { ideaId: idea.id, body: "Nous en parlons avec l'ambassade.", language: "fr" });
    if (!reply.ok) throw new Error(reply.reason);
    expect((await toggleOfficialAnswer(editor, reply.commentId)).ok).toBe(true);
    expect((await toggleOfficialAnswer(editor, reply.commentId)).ok).toBe(true);
    expect(await moderateIdea(editor, { id: idea.id, version: 1, decision: "retain", answer: "Retenue pour le 28 mai.", organisation: "embassy" })).toMatchObject({ ok: true });
    const added = await addMilestone(editor, idea.id, { date: "2018-03-01", status: "planned", text: { fr: "Réservation de la salle." }, reason: {}, photo: null, photoAlt: {} });
    expect(added.ok).toBe(true);
    const all = await told(idea.id);
    const kindsOf = (id: string) => all.filter((n) => n.to === id).map((n) => n.kind).sort();
    expect(kindsOf(author.id)).toEqual(["answered", "comment", "comment", "milestone", "retained"]);
    expect(kindsOf(follower.id)).toEqual(["answered", "comment", "milestone", "retained"]);
    expect(kindsOf(stopped.id)).toEqual([]);
    expect(kindsOf(bystander.id)).toEqual([]);
    expect(kindsOf(editor.id)).toEqual([]);
    expect(await unreadOf(follower)).toBe(4);
    expect((await readerStateFor(follower, {})).user?.unread).toBe(4);
  });

  it("a member marks their own notifications read, one or all, and never someone else's", async () => {
    const author = await createUser(database());
    const member = await createUser(database());
    const other = await createUser(database());
    const idea = await createIdea(database(), author.id, { status: "published" });
    await setFollowing(member, idea.id, true);
    await setFollowing(other, idea.id, true);
    for (const body of ["Premier commentaire.", "Deuxième commentaire.", "Troisième commentaire."]) await postComment(author, { ideaId: idea.id, body, language: "fr" });

    const mine = await listNotifications(member);
    expect(mine.notifications.map((n) => n.kind)).toEqual(["comment", "comment", "comment"]);
    const theirs = await listNotifications(other);
    expect(await markNotificationRead(member, theirs.notifications[0].id)).toEqual({ ok: false, reason: "notFound" });
    expect(await markNotificationRead(null, mine.notifications[0].id)).toEqual({ ok: false, reason: "signedOut" });
    expect(await unreadOf(other)).toBe(3);

    expect(await markNotificationRead(member, mine.notifications[0].id)).toEqual({ ok: true, marked: 1 });
    expect(await unreadOf(member)).toBe(2);
    expect((await listNotifications(member)).notifications[0].readAt).toBeInstanceOf(Date);
    expect(await markAllNotificationsRead(member)).toEqual({ ok: true, marked: 2 });
    expect(await unreadOf(member)).toBe(0);
    expect(await unreadOf(other)).toBe(3);
  });

  it("lists notifications newest first, a page at a time, without repeating or skipping any", async () => {
    const author = await createUser(database());
    const member = await createUser(database());
    const idea = await createIdea(database(), author.id, { status: "published" });
    const total = NOTIFICATIONS_PAGE_SIZE + 5;
    await db().insert(notifications).values(Array.from({ length: total }, (_, i) => ({ recipientId: member.id, ideaId: idea.id, kind: "comment" as const, createdAt: new Date(Date.UTC(2018, 0, 1, 0, i % 7)) })));
    const seen: number[] = [];
    let after;
    do {
      const page = await listNotifications(member, after);
      for (let i = 1; i < page.notifications.length; i++) expect(page.notifications[i - 1].createdAt.getTime()).toBeGreaterThanOrEqual(page.notifications[i].createdAt.getTime());
      seen.push(...page.notifications.map((n) => n.id));
      after = page.next;
    } while (after);
    expect(new Set(seen).size).toBe(total);
  });

  it("mails the followers who asked, in their language, at most once a day per idea; the others only in their account", async () => {
    const author = await createUser(database());
    const asked = await createUser(database(), { preferredLocale: "az" });
    const quiet = await createUser(database());
    const unconfirmed = await createUser(database(), { verified: false });
    const first = await createIdea(database(), author.id, { status: "published", title: "Bir muğam gecəsi" });
    const second = await createIdea(database(), author.id, { status: "published", title: "Une exposition de tapis" });
    expect(await ideaMailOf(asked.id)).toBe(false);
    expect(await setIdeaMail(asked, true)).toEqual({ ok: true });
    expect(await setIdeaMail(null, true)).toEqual({ ok: false, reason: "signedOut" });
    expect(await ideaMailOf(asked.id)).toBe(true);
    await db().update(users).set({ ideaMail: true }).where(eq(users.id, unconfirmed.id));
    for (const member of [asked, quiet, unconfirmed]) for (const idea of [first, second]) await setFollowing(member, idea.id, true);
    const mailsTo = (email: string) => db().select().from(mailOutbox).where(eq(mailOutbox.to, email));

    // Three comments on the first idea, one on the second: one mail per idea, in Azerbaijani.
    for (const body of ["Əla fikirdir.", "Mən də gələrəm.", "Harada olacaq?"]) await postComment(author, { ideaId: first.id, body, language: "az" });
    await postComment(author, { ideaId: second.id, body: "Belle idée.", language: "fr" });
    const mails = await mailsTo(asked.email);
    expect(mails.map((mail) => mail.subject).sort()).toEqual(["«Bir muğam gecəsi» ideyası ilə bağlı yenilik var", "«Une exposition de tapis» ideyası ilə bağlı yenilik var"]);
    expect(mails[0].body).toContain("ideyasına yeni şərh yazıldı");
    expect(await unreadOf(asked)).toBe(4);
    expect(await mailsTo(quiet.email)).toHaveLength(0);
    expect(await mailsTo(unconfirmed.email)).toHaveLength(0);
    expect(await mailsTo(author.email)).toHaveLength(0);

    // A day later the next news of the first idea is mailed again.
    await db().update(ideaFollows).set({ mailedAt: sql`now() - interval '25 hours'` }).where(and(eq(ideaFollows.ideaId, first.id), eq(ideaFollows.userId, asked.id)));
    await postComment(author, { ideaId: first.id, body: "Tarix bəlli oldu.", language: "az" });
    await postComment(author, { ideaId: second.id, body: "Encore une nouvelle.", language: "fr" });
    expect(await mailsTo(asked.email)).toHaveLength(3);
  });
});

