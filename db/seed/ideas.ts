import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { demoAccounts } from "../demo-accounts";
import { ideaComments, ideaFollows, ideaMilestones, ideaReports, ideaSupports, ideas, users } from "../schema";
import { seedMilestones } from "./idea-milestones-content";
import { seedComments, type SeedComment } from "./idea-comments-content";
import { ideaDemoMembers, seedIdeas, type SeedAuthor } from "./ideas-content";
import { joined } from "./users";

const DAY = 24 * 60 * 60 * 1000;
// The demo tells the story of the 2017-2018 collection: ideas dated back from the spring of the centenary.
const STORY_DATE = Date.UTC(2018, 2, 15, 17, 0);
// Not an argon2 hash: verification fails, so nobody can sign in as these members.
const NO_PASSWORD = "!no-sign-in";

async function userIdByEmail(db: Db, email: string): Promise<string | undefined> {
  const [row] = await db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
  return row?.id;
}

/** The demo members behind the ideas, created if missing; returns their ids and how many were added. */
async function seedMembers(db: Db): Promise<{ ids: Map<SeedAuthor, string>; added: number }> {
  const ids = new Map<SeedAuthor, string>();
  let added = 0;
  for (const [index, member] of ideaDemoMembers.entries()) {
    // Joined a few days before their first idea of the collection.
    const firstIdea = Math.max(0, ...seedIdeas.filter((idea) => idea.author === member.key).map((idea) => idea.daysAgo));
    const since = new Date(STORY_DATE - (firstIdea + 4 + index) * DAY);
    let id = await userIdByEmail(db, member.email);
    if (!id) {
      const [created] = await db
        .insert(users)
        .values({ email: member.email, name: member.name, preferredLocale: member.preferredLocale, passwordHash: NO_PASSWORD, ...joined(since) })
        .onConflictDoNothing()
        .returning({ id: users.id });
      id = created?.id ?? (await userIdByEmail(db, member.email));
      if (created) added += 1;
    }
    if (id) ids.set(member.key, id);
  }
  const demoMember = demoAccounts.find((account) => account.role === "member");
  const memberId = demoMember && (await userIdByEmail(db, demoMember.email));
  if (memberId) ids.set("member", memberId);
  return { ids, added };
}

/**
 * The demo ideas, in both languages and every state, with supports and
 * reports. An idea already there (same author, same title) is left alone.
 */
export async function seedIdeasDemo(db: Db): Promise<number> {
  const { ids, added: membersAdded } = await seedMembers(db);
  const editorAccount = demoAccounts.find((account) => account.role === "editor");
  const editorId = editorAccount ? await userIdByEmail(db, editorAccount.email) : undefined;
  const story = STORY_DATE;
  let ideasAdded = 0;

  for (const seed of seedIdeas) {
    const authorId = ids.get(seed.author);
    if (!authorId) continue;
    const [existing] = await db.select({ id: ideas.id }).from(ideas).where(and(eq(ideas.authorId, authorId), eq(ideas.title, seed.title)));
    if (existing) continue;

    const createdAt = new Date(story - seed.daysAgo * DAY - 60 * 60 * 1000);
    const moderated = seed.status !== "pending" && seed.status !== "withdrawn";
    const moderatedAt = moderated ? new Date(createdAt.getTime() + DAY / 2) : null;
    const isPublic = seed.status === "published" || seed.status === "retained";
    const supporters = (seed.supporters ?? []).map((key) => ids.get(key)).filter((id): id is string => !!id && id !== authorId);
    const reporters = (seed.reports ?? []).filter(([key]) => ids.has(key));

    await db.transaction(async (tx) => {
      const [idea] = await tx
        .insert(ideas)
        .values({
          authorId,
          title: seed.title,
          description: seed.description,
          category: seed.category,
          language: seed.language,
          showName: seed.showName ?? true,
          status: seed.status,
          rejectionReason: seed.rejectionReason ?? null,
          publicAnswer: seed.publicAnswer ?? null,
          answeredBy: seed.answeredBy ?? null,
          supportCount: supporters.length,
          reportCount: reporters.length,
          hiddenAt: reporters.length >= 3 ? new Date(story - DAY) : null,
          createdAt,
          updatedAt: createdAt,
          publishedAt: isPublic ? moderatedAt : null,
          moderatedAt,
          moderatedBy: moderated ? (editorId ?? null) : null,
        })
        .returning({ id: ideas.id });
      // Supports come in the days after the publication; the author follows their idea from the start, and each
      // supporter from their support, as server/ideas/follow.ts does.
      const supportedAt = (index: number) => new Date((moderatedAt ?? createdAt).getTime() + (index + 1) * DAY / 3);
      if (supporters.length) await tx.insert(ideaSupports).values(supporters.map((userId, index) => ({ ideaId: idea.id, userId, createdAt: supportedAt(index) })));
      await tx.insert(ideaFollows).values([{ ideaId: idea.id, userId: authorId, createdAt }, ...supporters.map((userId, index) => ({ ideaId: idea.id, userId, createdAt: supportedAt(index) }))]);
      if (isPublic && moderatedAt) {
        const authors = new Map<SeedComment["author"], string>([...ids, ...(editorId ? ([["editor", editorId]] as const) : [])]);
        const written = await insertComments(tx, idea.id, seedComments[seed.title] ?? [], authors, moderatedAt.getTime(), null);
        if (written) await tx.update(ideas).set({ commentCount: written }).where(eq(ideas.id, idea.id));
      }
      const milestones = seed.status === "retained" ? (seedMilestones[seed.title] ?? []) : [];
      if (milestones.length) {
        await tx.insert(ideaMilestones).values(
          milestones.map((m) => ({ ideaId: idea.id, happenedOn: m.date, status: m.status, textFr: m.fr ?? null, textAz: m.az ?? null, reasonFr: m.reasonFr ?? null, reasonAz: m.reasonAz ?? null, createdBy: editorId ?? null })),
        );
        // The summary the action plan lists, as server/ideas/milestones/write.ts keeps it: the latest step by date.
        const latest = [...milestones].sort((a, b) => a.date.localeCompare(b.date)).at(-1)!;
        await tx.update(ideas).set({ progressStatus: latest.status, milestoneCount: milestones.length, milestonesDone: milestones.filter((m) => m.status === "done").length }).where(eq(ideas.id, idea.id));
      }
      if (reporters.length) {
        await tx.insert(ideaReports).values(reporters.map(([key, reason]) => ({ ideaId: idea.id, reporterId: ids.get(key)!, reason })));
      }
    });
    ideasAdded += 1;
  }
  return membersAdded + ideasAdded;
}

/** The demo discussion of one idea, each comment dated after the idea's publication; returns how many were written. */
async function insertComments(tx: Parameters<Parameters<Db["transaction"]>[0]>[0], ideaId: number, comments: SeedComment[], authors: Map<SeedComment["author"], string>, publishedAt: number, parentId: number | null): Promise<number> {
  let written = 0;
  for (const comment of comments) {
    const authorId = authors.get(comment.author);
    if (!authorId) continue;
    const createdAt = new Date(publishedAt + comment.hoursAfter * 60 * 60 * 1000);
    const [row] = await tx
      .insert(ideaComments)
      .values({ ideaId, parentId, authorId, byEditor: comment.author === "editor", body: comment.body, language: comment.language, createdAt, officialAt: comment.official ? createdAt : null })
      .returning({ id: ideaComments.id });
    written += 1 + (await insertComments(tx, ideaId, comment.replies ?? [], authors, publishedAt, row.id));
  }
  return written;
}
