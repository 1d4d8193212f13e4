"use client";

import Link from "next/link";
import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { markNotificationsReadAction } from "@/actions/notifications";
import type { Locale } from "@/i18n/routing";
import { initialFormState, type FormState } from "@/lib/validation/form-state";
import { FormError } from "../forms/form-error";
import { FormSuccess } from "../forms/form-success";
import { HiddenFields } from "../forms/hidden-fields";

export type NotificationItem = { id: number; text: string; href: string; unread: boolean; at: { iso: string; text: string }; markLabel: string };
type Labels = { markRead: string; markAll: string; pending: string; unread: string };

function MarkButton({ value, label, ariaLabel, pendingLabel }: { value: string; label: string; ariaLabel?: string; pendingLabel: string }) {
  const status = useFormStatus();
  const mine = status.pending && status.data?.get("read") === value;
  return (
    <button
      type="submit"
      name="read"
      value={value}
      disabled={status.pending}
      aria-label={ariaLabel}
      className="whitespace-nowrap rounded-md border border-azblue-600 px-3 py-1.5 text-sm font-medium text-azblue-700 hover:bg-azblue-50 disabled:opacity-70"
    >
      {mine ? pendingLabel : label}
    </button>
  );
}

/** One form, a button per unread notification and one for all of them: a plain post works without JavaScript. */
export function NotificationsForm({ locale, items, labels }: { locale: Locale; items: NotificationItem[]; labels: Labels }) {
  const [state, action] = useActionState<FormState, FormData>(markNotificationsReadAction, initialFormState);
  return (
    <form action={action} className="space-y-3">
      <HiddenFields values={{ locale }} />
      <FormError message={state.ok ? undefined : state.formError} />
      <FormSuccess message={state.ok ? state.message : undefined} />
      <ul className="space-y-3">
        {items.map((item) => (
          <li key={item.id} className={`flex flex-wrap items-start justify-between gap-3 rounded-lg p-4 ${item.unread ? "bg-azblue-50" : "bg-slate-50"}`}>
            <div className="min-w-0">
              <p className={item.unread ? "font-semibold" : undefined}>
                {item.unread && <span className="mr-2 rounded bg-azblue-600 px-2 py-0.5 text-xs font-medium text-white">{labels.unread}</span>}
                <Link href={item.href} className="text-azblue-900 underline-offset-2 hover:underline">
                  {item.text}
                </Link>
              </p>
              <time dateTime={item.at.iso} className="text-sm text-slate-600">
                {item.at.text}
              </time>
            </div>
            {item.unread && <MarkButton value={String(item.id)} label={labels.markRead} ariaLabel={item.markLabel} pendingLabel={labels.pending} />}
          </li>
        ))}
      </ul>
      {items.some((item) => item.unread) && <MarkButton value="all" label={labels.markAll} pendingLabel={labels.pending} />}
    </form>
  );
}
