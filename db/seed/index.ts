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
export async function seedDatabase(db: Db): Promise<SeedReport> {
  const report: SeedReport = {};
  report.users = await seedUsers(db);
  report.ideas = await seedIdeasDemo(db);
  report.news = await seedNews(db);
  report.events = await seedAgenda(db);
  return report;
}
