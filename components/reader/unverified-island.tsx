"use client";

import type { Locale } from "@/i18n/routing";
import { UnverifiedNote, type UnverifiedLabels } from "./unverified-note";
import { useReader } from "./use-reader";

/** The unconfirmed member's notice on an idea that is not theirs; nothing for anyone else. */
export function UnverifiedIsland({ locale, ideaId, query, labels }: { locale: Locale; ideaId: number; query: string; labels: UnverifiedLabels }) {
  const [reader] = useReader(query);
  if (!reader?.user || reader.user.verified || reader.ideas?.[ideaId]?.own) return null;
  return <UnverifiedNote locale={locale} email={reader.user.email ?? ""} labels={labels} />;
}
