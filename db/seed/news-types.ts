import type { ArticleStatus, Organisation } from "../schema";

export type SeedVersion = { title: string; summary: string; body: string };

/** A demo article; slugs are made from the titles, covers drawn by news-covers.ts. */
export type SeedArticle = {
  id: string;
  organisation: Organisation;
  /** A joint statement's other signers; the demo has them approved by their editors (db/seed/news.ts). */
  cosigners?: Organisation[];
  status: ArticleStatus;
  /** Paris wall-clock time, as an editor would type it; null for an undated draft. */
  publishedAt: string | null;
  cover?: { name: string; motif: "star" | "crescent" | "waves" | "circles" };
  versions: { fr?: SeedVersion; az?: SeedVersion };
};
