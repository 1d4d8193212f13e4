import { signedTextHash } from "../../../lib/joint/text-hash";
import { sql } from "./database";
import { demo } from "../../support/accounts";
import { otherMember } from "./sessions";

/** Content the matrix acts on, made straight in the database before the walk. */
export type Fixtures = {
  memberId: string;
  targetUserId: string;
  pendingIdeaId: number;
  bulkIdeaId: number;
  withdrawIdeaId: number;
  articleId: string;
  eventId: string;
  eventSlug: string;
  /** A published event nobody registered for: one with registrations is cancelled, never deleted. */
  deletableEventId: string;
  /** A session row of the demo member that no client uses. */
  spareSessionId: string;
  /** A published idea with a discussion: comments of the demo member (to edit, delete, report, hide) and one of the demo editor. */
  publishedIdeaId: number;
  /** An unread notification of the member's, for them to mark read. */
  notificationId: number;
  /** A published duplicate of publishedIdeaId, for editors to merge into it. */
  duplicateIdeaId: number;
  commentId: number;
  editCommentId: number;
  deleteCommentId: number;
  hideCommentId: number;
  editorCommentId: number;
  /** An idea the embassy retained (the demo editor speaks for it), with a step to delete. */
  retainedIdeaId: number;
  deleteMilestoneId: number;
  /** Joint items asked to be published, approved by the embassy alone, and the hash of the text they show. */
  jointArticle: { id: string; textHash: string };
  jointEvent: { id: string; textHash: string };
};

/** An embassy statement co-signed by Ulduz, waiting for Ulduz (the demo editor speaks for both). */
async function jointArticle(): Promise<{ id: string; textHash: string }> {
  const version = { locale: "fr", title: `Déclaration commune de la matrice ${Date.now()}`, summary: "Résumé commun.", body: "Texte commun." };
  const [article] = await sql`insert into articles (organisation, status, awaiting_approval) values ('embassy', 'draft', true) returning id`;
  await sql`insert into article_translations (article_id, locale, slug, title, summary, body, search_title, search_text)
    values (${article.id}, 'fr', ${`declaration-matrice-${Date.now()}`}, ${version.title}, ${version.summary}, ${version.body}, 'declaration', 'commun')`;
  await sql`insert into article_cosigners (article_id, organisation) values (${article.id}, 'ulduz')`;
  const textHash = signedTextHash(["embassy", "ulduz"], [version]);
  await sql`insert into article_approvals (article_id, organisation, text_hash) values (${article.id}, 'embassy', ${textHash})`;
  return { id: article.id, textHash };
}

/** An event of the embassy and Ulduz, waiting for Ulduz. */
async function jointEvent(): Promise<{ id: string; textHash: string }> {
  const startsAt = new Date(Math.floor(Date.now() / 60_000) * 60_000 + 50 * 86_400_000);
  const endsAt = new Date(startsAt.getTime() + 7_200_000);
  const version = { locale: "fr", title: `Réunion commune de la matrice ${Date.now()}`, summary: "Résumé.", body: "Programme.", place: "Paris" };
  const [event] = await sql`insert into events (category, status, starts_at, ends_at, awaiting_approval) values ('meeting', 'draft', ${startsAt}, ${endsAt}, true) returning id`;
  await sql`insert into event_translations (event_id, locale, slug, title, summary, place, body)
    values (${event.id}, 'fr', ${`reunion-matrice-${Date.now()}`}, ${version.title}, ${version.summary}, ${version.place}, ${version.body})`;
  await sql`insert into event_organisers (event_id, organisation) values (${event.id}, 'embassy'), (${event.id}, 'ulduz')`;
  const textHash = signedTextHash(["embassy", "ulduz"], [version], { startsAt, endsAt });
  await sql`insert into event_approvals (event_id, organisation, text_hash) values (${event.id}, 'embassy', ${textHash})`;
  return { id: event.id, textHash };
}

async function userId(email: string): Promise<string> {
  const [row] = await sql`select id from users where email = ${email}`;
  return row.id;
}

async function pendingIdea(authorId: string, title: string): Promise<number> {
  // Written two days ago, so that they do not count against the author's daily limit of ideas.
  const [row] = await sql`insert into ideas (author_id, title, description, category, language, status, created_at, updated_at)
    values (${authorId}, ${title}, 'Une description assez longue pour être une idée.', (select unnest(enum_range(null::idea_category)) limit 1), 'fr', 'pending',
      now() - interval '2 days', now() - interval '2 days')
    returning id`;
  return row.id;
}

async function comment(ideaId: number, authorId: string, body: string, byEditor = false): Promise<number> {
  const [row] = await sql`insert into idea_comments (idea_id, author_id, by_editor, body, language) values (${ideaId}, ${authorId}, ${byEditor}, ${body}, 'fr') returning id`;
  await sql`update ideas set comment_count = comment_count + 1 where id = ${ideaId}`;
  return row.id;
}

export async function makeFixtures(): Promise<Fixtures> {
  const memberId = await userId(demo.member.email);
  const editorId = await userId(demo.editor.email);
  const [target] = await sql`insert into users (name, email, role, preferred_locale, password_hash)
    values ('Cible de la matrice', ${`target-${Date.now()}@example.net`}, 'member', 'fr', 'not-a-hash') returning id`;
  const [article] = await sql`select id from articles order by created_at limit 1`;
  const [event] = await sql`select e.id, t.slug from events e join event_translations t on t.event_id = e.id and t.locale = 'fr'
    where e.status = 'published' and e.capacity is not null and e.starts_at > now() order by e.starts_at limit 1`;
  const [deletable] = await sql`select e.id from events e where e.status = 'published' and e.id <> ${event.id}
    and not exists (select 1 from event_registrations r where r.event_id = e.id) order by e.starts_at desc limit 1`;
  const [published] = await sql`insert into ideas (author_id, title, description, category, language, status, published_at)
    values (${target.id}, 'Idée publiée de la matrice', 'Une description assez longue pour être une idée.', 'concert', 'fr', 'published', now()) returning id`;
  const [retained] = await sql`insert into ideas (author_id, title, description, category, language, status, published_at, public_answer, answered_by)
    values (${target.id}, 'Idée retenue de la matrice', 'Une description assez longue pour être une idée.', 'concert', 'fr', 'retained', now(), 'Retenue.', 'embassy') returning id`;
  const [milestone] = await sql`insert into idea_milestones (idea_id, happened_on, status, text_fr) values (${retained.id}, '2018-03-01', 'planned', 'Une étape à supprimer.') returning id`;
  await sql`update ideas set milestone_count = 1, progress_status = 'planned' where id = ${retained.id}`;
  const [duplicate] = await sql`insert into ideas (author_id, title, description, category, language, status, published_at)
    values (${target.id}, 'Doublon de l''idée publiée de la matrice', 'Une description assez longue pour être une idée.', 'concert', 'fr', 'published', now()) returning id`;
  return {
    retainedIdeaId: retained.id,
    deleteMilestoneId: milestone.id,
    publishedIdeaId: published.id,
    duplicateIdeaId: duplicate.id,
    commentId: await comment(published.id, memberId, "Un commentaire à signaler."),
    editCommentId: await comment(published.id, memberId, "Un commentaire à corriger."),
    deleteCommentId: await comment(published.id, memberId, "Un commentaire à supprimer."),
    hideCommentId: await comment(published.id, memberId, "Un commentaire à masquer."),
    editorCommentId: await comment(published.id, editorId, "La réponse de l'équipe.", true),
    memberId,
    targetUserId: target.id,
    pendingIdeaId: await pendingIdea(memberId, "Idée en attente de la matrice"),
    bulkIdeaId: await pendingIdea(memberId, "Idée pour la modération groupée"),
    withdrawIdeaId: await pendingIdea(memberId, "Idée à retirer par son auteur"),
    articleId: article.id,
    jointArticle: await jointArticle(),
    jointEvent: await jointEvent(),
    eventId: event.id,
    eventSlug: event.slug,
    deletableEventId: deletable.id,
    notificationId: (await sql`insert into notifications (recipient_id, idea_id, kind) values (${memberId}, ${published.id}, 'comment') returning id`)[0].id,
    spareSessionId: (await sql`insert into user_sessions (user_id, address) values (${memberId}, 'unknown') returning id`)[0].id,
  };
}

export async function ideaVersion(id: number): Promise<number> {
  const [row] = await sql`select version from ideas where id = ${id}`;
  return row.version;
}

export { otherMember };
