import "server-only";
import { agendaSummary } from "./agenda/editor-queries";
import { countModerationQueue } from "./ideas/queue";
import { countArticlesInProgress } from "./news/editor-queries";
import { editorRoles, hasRole } from "./roles";
import { countNewMembers } from "./user-admin";
import type { CurrentUser } from "./users";

export type AdminHomeCounts = {
  pendingIdeas: number;
  hiddenIdeas: number;
  upcomingEvents: number;
  upcomingDrafts: number;
  waitlisted: number;
  newsDrafts: number;
  scheduledArticles: number;
  newMembers: number;
};

/**
 * Every count of the admin home, one query per part of the portal, run side
 * by side; null for anyone but editors and admins (each part checks again).
 */
export async function getAdminHomeCounts(caller: CurrentUser | null, now = new Date()): Promise<AdminHomeCounts | null> {
  if (!hasRole(caller, editorRoles)) return null;
  const [ideas, agenda, news, newMembers] = await Promise.all([
    countModerationQueue(caller),
    agendaSummary(caller, now),
    countArticlesInProgress(caller),
    countNewMembers(caller, now),
  ]);
  if (!ideas || !agenda || !news || newMembers === null) return null;
  return {
    pendingIdeas: ideas.pending,
    hiddenIdeas: ideas.reported,
    upcomingEvents: agenda.upcoming,
    upcomingDrafts: agenda.drafts,
    waitlisted: agenda.waitlisted,
    newsDrafts: news.drafts,
    scheduledArticles: news.scheduled,
    newMembers,
  };
}
