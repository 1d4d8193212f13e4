"use client";

import Link from "next/link";
import type { Locale } from "@/i18n/routing";
import { ReactionToggle, type ReactionLabels } from "../ideas/reaction-toggle";
import { useReader } from "./use-reader";

export type SupportLabels = ReactionLabels & { signIn: string; own: string; locked: string };

type Props = { locale: Locale; ideaId: number; query: string; returnTo: string; signInHref: string; labels: SupportLabels };

/**
 * What the reader can do about an idea's support: support it, take it back, sign
 * in first, or nothing (their own idea, an address to confirm). Until
 * /api/reader answers (and without JavaScript) the button that supports: it
 * says what it does, so pressed twice it never takes a support back.
 */
export function SupportIsland({ locale, ideaId, query, returnTo, signInHref, labels }: Props) {
  const [reader, reload] = useReader(query);
  const mine = reader?.ideas?.[ideaId];
  if (reader !== undefined && !reader?.user) {
    return (
      <Link href={signInHref} className="font-medium text-azblue-700 underline underline-offset-2">
        {labels.signIn}
      </Link>
    );
  }
  if (mine?.own) return <p className="text-sm text-slate-600">{labels.own}</p>;
  if (reader?.user && !reader.user.verified) return <p className="text-sm text-slate-600">{labels.locked}</p>;
  const supported = !!mine?.supported;
  return <ReactionToggle reaction="support" key={String(supported)} locale={locale} ideaId={ideaId} pressed={supported} returnTo={returnTo} labels={labels} onDone={reload} />;
}
