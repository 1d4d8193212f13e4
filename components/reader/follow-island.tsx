"use client";

import type { Locale } from "@/i18n/routing";
import { ReactionToggle, type ReactionLabels } from "../ideas/reaction-toggle";
import { useReader } from "./use-reader";

type Props = { locale: Locale; ideaId: number; query: string; returnTo: string; labels: ReactionLabels };

/**
 * Whether the reader follows the idea, and the button that changes it. Until
 * /api/reader answers (and without JavaScript) the button that follows: it says
 * what it does, so pressed twice it never stops a follow. A visitor, who can
 * follow nothing, is offered nothing once the answer says so (the support area
 * already invites them to sign in).
 */
export function FollowIsland({ locale, ideaId, query, returnTo, labels }: Props) {
  const [reader, reload] = useReader(query);
  if (reader !== undefined && !reader?.user) return null;
  const following = !!reader?.ideas?.[ideaId]?.following;
  return <ReactionToggle reaction="follow" key={String(following)} locale={locale} ideaId={ideaId} pressed={following} returnTo={returnTo} labels={labels} onDone={reload} />;
}
