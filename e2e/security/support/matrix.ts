import { FORM, type ActionCall } from "./actions";
import { ideaVersion, type Fixtures } from "./fixtures";
import { FRESH_PASSWORD, roles, type Role } from "./sessions";

/*
 * Who may do what: every page under /[locale]/admin and /[locale]/compte,
 * every route handler and every server action of the build. A page, handler
 * or action that is not in these tables fails the first test.
 */
const signedIn: Role[] = ["member", "otherMember", "editor", "admin"];
const editors: Role[] = ["editor", "admin"];
const admins: Role[] = ["admin"];
const everyone: Role[] = roles;

export const pages: Record<string, Role[]> = {
  "/[locale]/admin": editors,
  "/[locale]/admin/actualites": editors,
  "/[locale]/admin/actualites/nouveau": editors,
  "/[locale]/admin/actualites/[id]": editors,
  "/[locale]/admin/traductions": editors,
  "/[locale]/admin/agenda": editors,
  "/[locale]/admin/agenda/nouveau": editors,
  "/[locale]/admin/agenda/[id]": editors,
  "/[locale]/admin/agenda/[id]/inscriptions": editors,
  "/[locale]/admin/idees": editors,
  "/[locale]/admin/idees/[id]/jalons": editors,
  "/[locale]/admin/commentaires": editors,
  "/[locale]/admin/journal": admins,
  "/[locale]/admin/utilisateurs": admins,
  "/[locale]/admin/courrier": admins,
  "/[locale]/compte": signedIn,
  // The page a deleted account lands on: it says so, to anyone.
  "/[locale]/compte/supprime": everyone,
};

export type Handler = { method: "GET" | "POST"; path: (f: Fixtures) => string; may: Role[]; allowed?: number };
export const handlers: Record<string, Handler> = {
  "/[locale]/admin/agenda/[id]/inscriptions.csv": { method: "GET", path: (f) => `/fr/admin/agenda/${f.eventId}/inscriptions.csv`, may: editors },
  "/[locale]/admin/idees/export": { method: "GET", path: () => "/fr/admin/idees/export", may: editors },
  "/[locale]/agenda.ics": { method: "GET", path: () => "/fr/agenda.ics", may: everyone },
  "/[locale]/agenda/[slug]/calendrier.ics": { method: "GET", path: (f) => `/fr/agenda/${f.eventSlug}/calendrier.ics`, may: everyone },
  "/[locale]/rss.xml": { method: "GET", path: () => "/fr/rss.xml", may: everyone },
  "/[locale]/organisations/[slug]/rss.xml": { method: "GET", path: () => "/fr/organisations/ambassade/rss.xml", may: everyone },
  "/[locale]/organisations/[slug]/agenda.ics": { method: "GET", path: () => "/fr/organisations/ulduz/agenda.ics", may: everyone },
  "/api/account/export": { method: "GET", path: () => "/api/account/export", may: signedIn },
  "/api/auth/[...nextauth]": { method: "GET", path: () => "/api/auth/session", may: everyone },
  "/api/health": { method: "GET", path: () => "/api/health", may: everyone },
  // The reader's own state for a cached page: a visitor is told they are one.
  "/api/reader": { method: "GET", path: () => "/api/reader", may: everyone },
  // RFC 8058 one-click: anyone holding a mail's signed link may, without a session; a made-up token is 404.
  "/api/unsubscribe/[token]": { method: "POST", path: () => "/api/unsubscribe/jeton-invente", may: everyone, allowed: 404 },
  // An upload without a file: editors get "missing" (400), the others never get that far.
  "/api/uploads": { method: "POST", path: () => "/api/uploads", may: editors, allowed: 400 },
  "/uploads/[file]": { method: "GET", path: () => "/uploads/absent.webp", may: everyone, allowed: 404 },
};

/**
 * Each action: what a replay sends, who may, and who proves the payload is
 * valid (their replay must change the database; "fresh" is a member made for
 * the occasion, for actions that end the session). Walked in this order.
 */
export type ActionRow = { may: Role[]; call: (f: Fixtures) => Promise<ActionCall> | ActionCall; proof?: Role | "fresh" };
const prev = { ok: false, fieldErrors: {}, values: {} };
// Titles make slugs: a run on a database an earlier run used must not meet its own slugs.
const run = Date.now().toString(36);
const future = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 16);
const idea = { title: "Une idée de la matrice", description: "Une description assez longue pour passer la validation.", category: "concert", language: "fr", visibility: "named" };

export const actions: Record<string, ActionRow> = {
  "actions/news.ts#saveArticleAction": {
    may: editors,
    proof: "editor",
    call: () => ({
      path: "/fr/admin/actualites/nouveau",
      args: [prev, FORM],
      form: { locale: "fr", organisation: "embassy", status: "draft", publishedAt: "", cover: "", title_fr: `Article de la matrice ${run}`, slug_fr: "", summary_fr: "Résumé.", body_fr: "Texte." },
    }),
  },
  "actions/agenda-admin.ts#saveEventAction": {
    may: editors,
    proof: "editor",
    call: () => ({
      path: "/fr/admin/agenda/nouveau",
      args: [prev, FORM],
      form: {
        locale: "fr",
        organiser_cultural_centre: "on",
      category: "concert", status: "draft", startsAt: future(30), endsAt: future(31), capacity: "10", registrationClosesAt: "", cover: "",
        title_fr: `Concert de la matrice ${run}`, slug_fr: "", summary_fr: "Résumé.", place_fr: "Paris", body_fr: "Texte.",
      },
    }),
  },
  "actions/agenda-registration.ts#registerForEventAction": {
    may: signedIn,
    proof: "member",
    call: (f) => ({ path: `/fr/agenda/${f.eventSlug}`, args: [prev, FORM], form: { locale: "fr", eventId: f.eventId } }),
  },
  // The member's place: nobody else's cancel gives it back.
  "actions/agenda-registration.ts#cancelRegistrationAction": {
    may: ["member"],
    proof: "member",
    call: (f) => ({ path: `/fr/agenda/${f.eventSlug}`, args: [prev, FORM], form: { locale: "fr", eventId: f.eventId } }),
  },
  "actions/ideas.ts#submitIdeaAction": { may: signedIn, proof: "member", call: () => ({ path: "/fr/centenaire/proposer", args: [prev, FORM], form: { locale: "fr", ...idea } }) },
  "actions/ideas.ts#updateIdeaAction": {
    may: ["member"],
    proof: "member",
    call: (f) => ({ path: `/fr/centenaire/${f.pendingIdeaId}/modifier`, args: [prev, FORM], form: { locale: "fr", id: String(f.pendingIdeaId), ...idea, title: "Une idée modifiée par son auteur" } }),
  },
  "actions/idea-moderation.ts#moderateIdeaAction": {
    may: editors,
    proof: "editor",
    call: async (f) => ({
      path: "/fr/admin/idees",
      args: [prev, FORM],
      form: { locale: "fr", origin: "queue", id: String(f.pendingIdeaId), version: String(await ideaVersion(f.pendingIdeaId)), decision: "approve", reason: "", answer: "" },
    }),
  },
  "actions/idea-moderation.ts#bulkModerateAction": {
    may: editors,
    proof: "admin",
    call: async (f) => ({
      path: "/fr/admin/idees",
      args: [prev, FORM],
      form: { locale: "fr", selected: `${f.bulkIdeaId}:${await ideaVersion(f.bulkIdeaId)}`, decision: "approve", reason: "" },
    }),
  },
  // A published duplicate merged into the matrix's published idea (the demo editor speaks for every organisation).
  "actions/idea-moderation.ts#mergeIdeaAction": {
    may: editors,
    proof: "editor",
    call: async (f) => ({
      path: `/fr/centenaire/${f.duplicateIdeaId}/suivi`,
      args: [prev, FORM],
      form: { locale: "fr", id: String(f.duplicateIdeaId), version: String(await ideaVersion(f.duplicateIdeaId)), into: String(f.publishedIdeaId) },
    }),
  },
  "actions/idea-reactions.ts#toggleSupportAction": { may: signedIn, proof: "otherMember", call: (f) => ({ path: `/fr/centenaire/${f.pendingIdeaId}`, args: [prev, FORM], form: { locale: "fr", id: String(f.pendingIdeaId) } }) },
  // Following writes the member's row; a visitor is sent to sign in.
  "actions/idea-reactions.ts#followIdeaAction": {
    may: signedIn,
    proof: "member",
    call: (f) => ({ path: `/fr/centenaire/${f.publishedIdeaId}`, args: [prev, FORM], form: { locale: "fr", id: String(f.publishedIdeaId), want: "follow" } }),
  },
  "actions/idea-reactions.ts#reportIdeaAction": {
    may: signedIn,
    proof: "otherMember",
    call: (f) => ({ path: `/fr/centenaire/${f.pendingIdeaId}`, args: [prev, FORM], form: { locale: "fr", id: String(f.pendingIdeaId), reason: "spam" } }),
  },
  // The discussion of a published idea (fixtures): comments of the demo member, one of the demo editor.
  "actions/idea-comments.ts#postCommentAction": {
    may: signedIn,
    proof: "member",
    call: (f) => ({ path: `/fr/centenaire/${f.publishedIdeaId}`, args: [prev, FORM], form: { locale: "fr", ideaId: String(f.publishedIdeaId), body: "Un commentaire de la matrice.", language: "fr" } }),
  },
  // Only its author edits or deletes a comment.
  "actions/idea-comments.ts#editCommentAction": {
    may: ["member"],
    proof: "member",
    call: (f) => ({ path: `/fr/centenaire/${f.publishedIdeaId}`, args: [prev, FORM], form: { locale: "fr", commentId: String(f.editCommentId), body: "Un commentaire corrigé par son auteur." } }),
  },
  "actions/idea-comments.ts#deleteCommentAction": {
    may: ["member"],
    proof: "member",
    call: (f) => ({ path: `/fr/centenaire/${f.publishedIdeaId}`, args: [prev, FORM], form: { locale: "fr", commentId: String(f.deleteCommentId) } }),
  },
  // Anyone signed in but its author; only a confirmed account a day old gets through (the other member).
  "actions/idea-comments.ts#reportCommentAction": {
    may: ["otherMember", "editor", "admin"],
    proof: "otherMember",
    call: (f) => ({ path: `/fr/centenaire/${f.publishedIdeaId}`, args: [prev, FORM], form: { locale: "fr", commentId: String(f.commentId), reason: "spam" } }),
  },
  "actions/idea-comments.ts#hideCommentAction": {
    may: editors,
    proof: "editor",
    call: (f) => ({ path: "/fr/admin/commentaires", args: [prev, FORM], form: { locale: "fr", commentId: String(f.hideCommentId), reason: "Hors sujet selon la matrice." } }),
  },
  // Walked after the hide: the proof puts that comment back.
  "actions/idea-comments.ts#restoreCommentAction": {
    may: editors,
    proof: "admin",
    call: (f) => ({ path: "/fr/admin/commentaires", args: [prev, FORM], form: { locale: "fr", commentId: String(f.hideCommentId) } }),
  },
  "actions/idea-comments.ts#toggleOfficialAnswerAction": {
    may: editors,
    proof: "editor",
    call: (f) => ({ path: `/fr/centenaire/${f.publishedIdeaId}`, args: [prev, FORM], form: { locale: "fr", commentId: String(f.editorCommentId) } }),
  },
  // A retained idea's progress: written by the editors of the organisation that retained it (e2e/security/organisation-scope.spec.ts
  // and tests/db/idea-milestones.test.ts replay them across organisations); the demo editor speaks for the embassy.
  "actions/idea-milestones.ts#saveMilestoneAction": {
    may: editors,
    proof: "editor",
    call: (f) => ({
      path: `/fr/admin/idees/${f.retainedIdeaId}/jalons`,
      args: [prev, FORM],
      form: { locale: "fr", ideaId: String(f.retainedIdeaId), date: "2018-05-28", status: "done", text_fr: "Une étape de la matrice.", photo: "" },
    }),
  },
  "actions/idea-milestones.ts#deleteMilestoneAction": {
    may: editors,
    proof: "editor",
    call: (f) => ({ path: `/fr/admin/idees/${f.retainedIdeaId}/jalons`, args: [prev, FORM], form: { locale: "fr", milestoneId: String(f.deleteMilestoneId) } }),
  },
  "actions/ideas.ts#withdrawIdeaAction": { may: ["member"], proof: "member", call: (f) => ({ path: "/fr/compte", args: [prev, FORM], form: { locale: "fr", id: String(f.withdrawIdeaId) } }) },
  "actions/admin-users.ts#changeRoleAction": {
    may: admins,
    proof: "admin",
    call: (f) => ({ path: "/fr/admin/utilisateurs", args: [prev, FORM], form: { locale: "fr", userId: f.targetUserId, role: "editor" } }),
  },
  "actions/admin-users.ts#setBanAction": {
    may: admins,
    proof: "admin",
    call: (f) => ({ path: "/fr/admin/utilisateurs", args: [prev, FORM], form: { locale: "fr", userId: f.targetUserId, banned: "true", reason: "Suspendu par la matrice" } }),
  },
  // Which organisations an editor speaks for (e2e/security/organisation-scope.spec.ts replays the editors' actions across them).
  "actions/admin-users.ts#setOrganisationsAction": {
    may: admins,
    proof: "admin",
    call: (f) => ({ path: "/fr/admin/utilisateurs", args: [prev, FORM], form: { locale: "fr", userId: f.targetUserId, organisation_ulduz: "on" } }),
  },
  // Cancelling takes a reason (a plain form: e2e/event-mail.spec.ts cancels through it and reads the mails).
  "actions/agenda-admin.ts#cancelEventAction": { may: editors, call: (f) => ({ path: `/fr/admin/agenda/${f.eventId}`, args: [FORM], form: { locale: "fr", id: f.eventId, reason: "Annulé par la matrice" } }) },
  // The demo editor speaks for Ulduz too: their approval is the last one, and publishes.
  "actions/joint-approval.ts#approveArticleAction": {
    may: editors,
    proof: "editor",
    call: (f) => ({ path: `/fr/admin/actualites/${f.jointArticle.id}`, args: [FORM], form: { locale: "fr", id: f.jointArticle.id, textHash: f.jointArticle.textHash } }),
  },
  "actions/joint-approval.ts#approveEventAction": {
    may: editors,
    proof: "editor",
    call: (f) => ({ path: `/fr/admin/agenda/${f.jointEvent.id}`, args: [FORM], form: { locale: "fr", id: f.jointEvent.id, textHash: f.jointEvent.textHash } }),
  },
  "actions/news.ts#deleteArticleAction": { may: editors, proof: "editor", call: (f) => ({ path: `/fr/admin/actualites/${f.articleId}`, args: [FORM], form: { locale: "fr", id: f.articleId } }) },
  "actions/agenda-admin.ts#deleteEventAction": { may: editors, proof: "editor", call: (f) => ({ path: `/fr/admin/agenda/${f.deletableEventId}`, args: [FORM], form: { locale: "fr", id: f.deletableEventId } }) },
  "actions/account.ts#updateProfileAction": {
    may: signedIn,
    proof: "member",
    call: () => ({ path: "/fr/compte", args: [prev, FORM], form: { locale: "fr", name: "Membre renommé par la matrice", preferredLocale: "az" } }),
  },
  "actions/password-reset.ts#requestPasswordResetAction": {
    may: everyone,
    proof: "anonymous",
    call: () => ({ path: "/fr/mot-de-passe-oublie", args: [prev, FORM], form: { locale: "fr", email: "member@example.org" } }),
  },
  // Only the holder of a valid token (sent by mail) may; a made-up one changes nothing, for anyone.
  "actions/password-reset.ts#resetPasswordAction": {
    may: [],
    call: () => ({ path: "/fr/reinitialiser/jeton-invente", args: [prev, FORM], form: { locale: "fr", token: "jeton-invente", newPassword: "nouveau mot de passe", confirmPassword: "nouveau mot de passe" } }),
  },
  "actions/auth.ts#signUpAction": {
    may: everyone,
    proof: "anonymous",
    call: () => ({ path: "/fr/inscription", args: [prev, FORM], form: { locale: "fr", name: "Inscrit par la matrice", email: `matrice-${Date.now()}@example.net`, password: "mot de passe de la matrice" } }),
  },
  // Signing in and out change no row: every role may, and nothing is to prove.
  "actions/auth.ts#signInAction": { may: everyone, call: () => ({ path: "/fr/connexion", args: [prev, FORM], form: { locale: "fr", email: "member@example.org", password: "member-demo-2017" } }) },
  "actions/auth.ts#signOutAction": { may: everyone, call: () => ({ path: "/fr/compte", args: [FORM], form: { locale: "fr" } }) },
  "actions/account.ts#changeEmailAction": {
    may: signedIn,
    proof: "fresh",
    call: () => ({ path: "/fr/compte", args: [prev, FORM], form: { locale: "fr", email: `change-${Date.now()}@example.net`, currentPassword: FRESH_PASSWORD } }),
  },
  "actions/account.ts#changePasswordAction": {
    may: signedIn,
    proof: "fresh",
    call: () => ({ path: "/fr/compte", args: [prev, FORM], form: { locale: "fr", currentPassword: FRESH_PASSWORD, newPassword: "another password 123", confirmPassword: "another password 123" } }),
  },
  // The second factor: starting an enrolment writes a row (the proof); the others need a code or a pending enrolment.
  "actions/second-factor.ts#startEnrolmentAction": { may: signedIn, proof: "fresh", call: () => ({ path: "/fr/compte", args: [FORM], form: { locale: "fr" } }) },
  "actions/second-factor.ts#cancelEnrolmentAction": { may: signedIn, call: () => ({ path: "/fr/compte", args: [FORM], form: { locale: "fr" } }) },
  "actions/second-factor.ts#confirmEnrolmentAction": { may: signedIn, call: () => ({ path: "/fr/compte", args: [prev, FORM], form: { locale: "fr", code: "123456" } }) },
  "actions/second-factor.ts#disableSecondFactorAction": { may: signedIn, call: () => ({ path: "/fr/compte", args: [prev, FORM], form: { locale: "fr", password: FRESH_PASSWORD } }) },
  // Counted against the account's throttle even when the address is confirmed already: that count is the proof.
  "actions/verification.ts#resendVerificationAction": { may: signedIn, proof: "member", call: () => ({ path: "/fr/compte", args: [prev, FORM], form: { locale: "fr" } }) },
  // Only the holder of a link mailed to the address may; a made-up token changes nothing, for anyone.
  "actions/verification.ts#confirmEmailAction": { may: [], call: () => ({ path: "/fr/confirmer/jeton-invente", args: [prev, FORM], form: { locale: "fr", token: "jeton-invente" } }) },
  "actions/verification.ts#cancelEmailChangeAction": { may: [], call: () => ({ path: "/fr/annuler-changement/jeton-invente", args: [prev, FORM], form: { locale: "fr", token: "jeton-invente" } }) },
  // A message to an organisation's staff: anyone may; the queued mails are the proof.
  "actions/contact.ts#contactAction": {
    may: everyone,
    proof: "anonymous",
    call: () => ({ path: "/fr/contact/ambassade", args: [prev, FORM], form: { locale: "fr", organisation: "embassy", name: "La matrice", email: "matrice@example.net", subject: "Une question", message: "Un message assez long pour passer la validation." } }),
  },
  // Anyone may ask to subscribe an address (throttled per client and per address); the confirmation mail queued is the proof.
  "actions/subscriptions.ts#subscribeAction": {
    may: everyone,
    proof: "anonymous",
    call: () => ({ path: "/fr/abonnement", args: [prev, FORM], form: { locale: "fr", email: `matrice-${run}@example.net`, news_embassy: "on", lang_fr: "on", frequency: "each" } }),
  },
  // Only the holder of a subscription's signed link (mailed to the address) may; a made-up token changes nothing, for anyone.
  "actions/subscriptions.ts#confirmSubscriptionAction": { may: [], call: () => ({ path: "/fr/abonnement/confirmer/jeton-invente", args: [FORM], form: { locale: "fr", token: "jeton-invente" } }) },
  "actions/subscriptions.ts#updateSubscriptionAction": {
    may: [],
    call: () => ({ path: "/fr/abonnement/gerer/jeton-invente", args: [prev, FORM], form: { locale: "fr", token: "jeton-invente", news_ulduz: "on", lang_az: "on", frequency: "weekly" } }),
  },
  "actions/subscriptions.ts#unsubscribeAction": { may: [], call: () => ({ path: "/fr/abonnement/desabonner/jeton-invente", args: [FORM], form: { locale: "fr", token: "jeton-invente" } }) },
  // Only the holder of a reminder's signed link may; a made-up token changes nothing, for anyone.
  "actions/agenda-withdrawal.ts#withdrawAction": { may: [], call: () => ({ path: "/fr/agenda/desistement/jeton-invente", args: [FORM], form: { locale: "fr", token: "jeton-invente" } }) },
  // Only a mail that failed for good can be sent again; a made-up one changes nothing, for anyone.
  "actions/mail-queue.ts#retryMailAction": { may: [], call: () => ({ path: "/fr/admin/courrier", args: [FORM], form: { locale: "fr", mailId: "00000000-0000-4000-8000-000000000000" } }) },
  // Admins have the due reminders looked for now (a pg-boss job, outside the tables the walk compares; e2e/event-reminder.spec.ts proves it works).
  "actions/mail-queue.ts#checkRemindersAction": { may: admins, call: () => ({ path: "/fr/admin/courrier", args: [FORM], form: { locale: "fr" } }) },
  "actions/account.ts#deleteAccountAction": { may: signedIn, proof: "fresh", call: () => ({ path: "/fr/compte", args: [prev, FORM], form: { locale: "fr", password: FRESH_PASSWORD } }) },
  // The proof ends a spare session of the member's own (the fixtures add it); nobody else's is ever named.
  // The proof marks read a notification of the member's own (the fixtures add it); anyone else's is "not found".
  "actions/notifications.ts#markNotificationsReadAction": { may: signedIn, proof: "member", call: (f) => ({ path: "/fr/compte", args: [prev, FORM], form: { locale: "fr", read: String(f.notificationId) } }) },
  // The member's own preference (off by default): ticking it changes their row.
  "actions/notifications.ts#setIdeaMailAction": { may: signedIn, proof: "member", call: () => ({ path: "/fr/compte", args: [prev, FORM], form: { locale: "fr", ideaMail: "on" } }) },
  "actions/sessions.ts#endSessionsAction": { may: signedIn, proof: "member", call: (f) => ({ path: "/fr/compte", args: [prev, FORM], form: { locale: "fr", end: f.spareSessionId } }) },
};

