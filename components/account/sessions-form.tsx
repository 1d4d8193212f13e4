"use client";

import { endSessionsAction } from "@/actions/sessions";
import type { Locale } from "@/i18n/routing";
import { RowActionsForm, RowButton } from "../forms/row-actions-form";

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

/** One form, a button per other session and one for all of them: a plain post works without JavaScript. */
export function SessionsForm({ locale, rows, labels }: { locale: Locale; rows: SessionRow[]; labels: SessionsLabels }) {
  const others = rows.filter((row) => !row.current).length;
  return (
    <RowActionsForm action={endSessionsAction} locale={locale}>
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
            {!row.current && <RowButton name="end" value={row.id} label={labels.end} ariaLabel={row.endLabel} pendingLabel={labels.pending} tone="red" />}
          </li>
        ))}
      </ul>
      {others > 0 ? (
        <RowButton name="end" value="others" label={labels.endOthers} pendingLabel={labels.pending} tone="red" className="mt-4" />
      ) : (
        <p className="text-slate-700">{labels.onlyThis}</p>
      )}
    </RowActionsForm>
  );
}
