import type { Db } from "../client";
import { seedNews } from "./news";
import { seedAgenda } from "./agenda";
import { seedUsers } from "./users";
import { seedIdeasDemo } from "./ideas";

export type SeedReport = Record<string, number>;

/**
 * Fills the demo content. Idempotent: each part checks what is already there,
 * so a second run adds nothing twice. Each pillar adds its part here.
 */
/** `now`: the day the demo is started, which its recent news, its agenda and its members are dated from. */
export async function seedDatabase(db: Db, now = new Date()): Promise<SeedReport> {
  const report: SeedReport = {};
  report.users = await seedUsers(db);
  report.ideas = await seedIdeasDemo(db);
  report.news = await seedNews(db, now);
  report.events = await seedAgenda(db, now);
  return report;
}
