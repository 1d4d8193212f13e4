"use client";

import type { Locale } from "@/i18n/routing";
import { ResendForm } from "../verification/resend-form";

export type UnverifiedLabels = { notice: string; resend: string; resending: string };

/** Why a member whose address is not confirmed cannot register, support or report, with the button that sends the link again. */
export function UnverifiedNote({ locale, email, labels }: { locale: Locale; email: string; labels: UnverifiedLabels }) {
  return (
    <div role="note" className="space-y-3 rounded-md border border-amber-500 bg-amber-50 px-4 py-3">
      <p className="font-medium text-slate-900">{labels.notice.replace("{email}", email)}</p>
      <ResendForm locale={locale} labels={{ submit: labels.resend, pending: labels.resending }} />
    </div>
  );
}
