"use client";

import Link from "next/link";
import type { Locale } from "@/i18n/routing";
import { ReportForm, type ReportLabels } from "../ideas/report-form";
import { useReader } from "./use-reader";

type Props = {
  locale: Locale;
  ideaId: number;
  query: string;
  signInHref: string;
  accountHref: string;
  reasons: { value: string; label: string }[];
  labels: ReportLabels & { signIn: string; account: string };
  /** Why a member may not report, by the refusal /api/reader names. */
  refusals: Record<string, string>;
};

/**
 * Reporting an idea: the form, or why the reader cannot report (said where the
 * form would be rather than after they filled it in), or a sign-in link, or
 * nothing on their own idea. Until /api/reader answers (and without
 * JavaScript) the form: the server says the same refusals when it is sent.
 */
export function ReportIsland({ locale, ideaId, query, signInHref, accountHref, reasons, labels, refusals }: Props) {
  const [reader] = useReader(query);
  if (reader !== undefined && !reader?.user) {
    return (
      <Link href={signInHref} className="text-sm text-slate-600 underline underline-offset-2">
        {labels.signIn}
      </Link>
    );
  }
  if (reader?.ideas?.[ideaId]?.own) return null;
  const refusal = reader?.report ? refusals[reader.report] : undefined;
  if (refusal) {
    return (
      <p role="note" className="text-sm text-slate-700">
        {refusal}
        {reader?.report === "unverified" && (
          <>
            {" "}
            <Link href={accountHref} className="font-medium text-azblue-700 underline underline-offset-2">
              {labels.account}
            </Link>
          </>
        )}
      </p>
    );
  }
  return <ReportForm locale={locale} ideaId={ideaId} reasons={reasons} labels={labels} />;
}
