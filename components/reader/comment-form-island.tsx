"use client";

import Link from "next/link";
import type { Locale } from "@/i18n/routing";
import { CommentForm, type CommentFormLabels } from "../ideas/comments/comment-form";
import { useReader } from "./use-reader";

type Props = {
  locale: Locale;
  ideaId: number;
  parentId?: number;
  query: string;
  returnTo: string;
  signInHref: string;
  accountHref: string;
  labels: CommentFormLabels & { signIn: string; unverified: string; account: string };
};

/**
 * Where a reader comments or replies: the form for a confirmed member, a
 * sign-in link for a visitor, why not for an unconfirmed member. Until
 * /api/reader answers (and without JavaScript) the form: a visitor who sends
 * it is taken to sign in and back.
 */
export function CommentFormIsland({ locale, ideaId, parentId, query, returnTo, signInHref, accountHref, labels }: Props) {
  const [reader] = useReader(query);
  if (reader !== undefined && !reader?.user) {
    return (
      <Link href={signInHref} className="inline-block text-sm font-medium text-azblue-700 underline underline-offset-2">
        {labels.signIn}
      </Link>
    );
  }
  if (reader?.user && !reader.user.verified) {
    // The page's own notice (UnverifiedIsland) has the button that sends the link again.
    return (
      <p role="note" className="text-sm text-slate-700">
        {labels.unverified}{" "}
        <Link href={accountHref} className="font-medium text-azblue-700 underline underline-offset-2">
          {labels.account}
        </Link>
      </p>
    );
  }
  return <CommentForm locale={locale} ideaId={ideaId} parentId={parentId} returnTo={returnTo} labels={labels} />;
}
