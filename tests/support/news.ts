import type { Locale } from "@/i18n/routing";
import { slugify } from "@/lib/slug";
import type { ArticleInput, ArticleVersionInput } from "@/lib/validation/article";

type VersionText = Partial<ArticleVersionInput> & { title: string };

/** An article as the form would give it: published now unless told otherwise. */
export function articleInput(versions: Partial<Record<Locale, VersionText>>, rest: Partial<Omit<ArticleInput, "versions">> = {}): ArticleInput {
  const full = Object.fromEntries(
    Object.entries(versions).map(([locale, v]) => [
      locale,
      { title: v.title, slug: v.slug ?? slugify(v.title), summary: v.summary ?? `Résumé · ${v.title}`, body: v.body ?? `Texte de l'article « ${v.title} ».`, coverAlt: v.coverAlt ?? null },
    ]),
  );
  return { organisation: "embassy", cosigners: [], status: "published", publishedAt: null, coverImage: null, ...rest, versions: full };
}

export const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
