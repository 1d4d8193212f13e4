"use client";

import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { endSessionsAction } from "@/actions/sessions";
import type { Locale } from "@/i18n/routing";
import { initialFormState, type FormState } from "@/lib/validation/form-state";
import { FormError } from "../forms/form-error";
import { FormSuccess } from "../forms/form-success";
import { HiddenFields } from "@/components/forms/hidden-fields";

export type SessionRow = {
  id: string;
  device: string;
  address: string;
  signedInAt: { iso: string; text: string };
  lastSeenAt: { iso: string; text: string };
  current: boolean;
  /** The button's name for a screen reader: which device it signs out. */
  endLabel: string;
};

export type SessionsLabels = { thisDevice: string; network: string; signedInAt: string; lastSeenAt: string; end: string; endOthers: string; pending: string; onlyThis: string };

function EndButton({ value, label, ariaLabel, pendingLabel, wide }: { value: string; label: string; ariaLabel?: string; pendingLabel: string; wide?: boolean }) {
  const status = useFormStatus();
  const mine = status.pending && status.data?.get("end") === value;
  return (
    <button
      type="submit"
      name="end"
      value={value}
      disabled={status.pending}
      aria-label={ariaLabel}
      className={`whitespace-nowrap rounded-md border border-azred-600 px-3 py-1.5 text-sm font-medium text-azred-600 hover:bg-red-50 disabled:opacity-70 ${wide ? "mt-4" : ""}`}
    >
      {mine ? pendingLabel : label}
    </button>
  );
}

/** One form, a button per other session and one for all of them: a plain post works without JavaScript. */
export function SessionsForm({ locale, rows, labels }: { locale: Locale; rows: SessionRow[]; labels: SessionsLabels }) {
  const [state, action] = useActionState<FormState, FormData>(endSessionsAction, initialFormState);
  const others = rows.filter((row) => !row.current).length;
  return (
    <form action={action} className="space-y-3">
      <HiddenFields values={{ locale }} />
      <FormError message={state.ok ? undefined : state.formError} />
      <FormSuccess message={state.ok ? state.message : undefined} />
      <ul className="space-y-3">
        {rows.map((row) => (
          <li key={row.id} className="flex flex-wrap items-start justify-between gap-3 rounded-lg bg-slate-50 p-4">
            <div>
              <p className="font-semibold">
                {row.device}
                {row.current && <span className="ml-2 rounded bg-azblue-600 px-2 py-0.5 text-xs font-medium text-white">{labels.thisDevice}</span>}
              </p>
              <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm text-slate-700">
                <dt>{labels.network}</dt>
                <dd>{row.address}</dd>
                <dt>{labels.signedInAt}</dt>
                <dd>
                  <time dateTime={row.signedInAt.iso}>{row.signedInAt.text}</time>
                </dd>
                <dt>{labels.lastSeenAt}</dt>
                <dd>
                  <time dateTime={row.lastSeenAt.iso}>{row.lastSeenAt.text}</time>
                </dd>
              </dl>
            </div>
            {!row.current && <EndButton value={row.id} label={labels.end} ariaLabel={row.endLabel} pendingLabel={labels.pending} />}
          </li>
        ))}
      </ul>
      {others > 0 ? <EndButton value="others" label={labels.endOthers} pendingLabel={labels.pending} wide /> : <p className="text-slate-700">{labels.onlyThis}</p>}
    </form>
  );
}
