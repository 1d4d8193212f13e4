"use client";

import Link from "next/link";
import { markNotificationsReadAction } from "@/actions/notifications";
import type { Locale } from "@/i18n/routing";
import { RowActionsForm, RowButton } from "../forms/row-actions-form";

export type NotificationItem = { id: number; text: string; href: string; unread: boolean; at: { iso: string; text: string }; markLabel: string };
type Labels = { markRead: string; markAll: string; pending: string; unread: string };

/** One form, a button per unread notification and one for all of them: a plain post works without JavaScript. */
export function NotificationsForm({ locale, items, labels }: { locale: Locale; items: NotificationItem[]; labels: Labels }) {
  return (
    <RowActionsForm action={markNotificationsReadAction} locale={locale}>
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
            {item.unread && <RowButton name="read" value={String(item.id)} label={labels.markRead} ariaLabel={item.markLabel} pendingLabel={labels.pending} />}
          </li>
        ))}
      </ul>
      {items.some((item) => item.unread) && <RowButton name="read" value="all" label={labels.markAll} pendingLabel={labels.pending} />}
    </RowActionsForm>
  );
}
