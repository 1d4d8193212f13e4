"use client";

import Link from "next/link";
import type { Locale } from "@/i18n/routing";
import { RegistrationForm } from "../agenda/registration-form";
import { UnverifiedNote, type UnverifiedLabels } from "./unverified-note";
import { useReader } from "./use-reader";

export type RegistrationLabels = {
  registered: string;
  /** With `{place}` where the place in line goes. */
  waitlisted: string;
  register: string;
  cancel: string;
  leaveWaitlist: string;
  /** The second step of cancelling or leaving the waiting list. */
  confirmCancel: string;
  confirmLeave: string;
  cancelWarning: string;
  leaveWarning: string;
  pending: string;
  signIn: string;
  unverified: UnverifiedLabels;
};

type Props = {
  locale: Locale;
  eventId: string;
  returnTo: string;
  signInHref: string;
  window: "none" | "open" | "closed";
  started: boolean;
  /** What every reader is told (places left, full, closed…), and when registrations close. */
  publicStatus: string;
  closesAt?: string;
  labels: RegistrationLabels;
};

/**
 * The reader's part of an event's registration box. Until /api/reader answers
 * (and without JavaScript) it shows the public state with the button that
 * registers: a visitor who presses it signs in first, a member is registered
 * and the page comes back with the answer.
 */
export function RegistrationIsland({ locale, eventId, returnTo, signInHref, window, started, publicStatus, closesAt, labels }: Props) {
  const [reader, reload] = useReader(`event=${eventId}`);
  const mine = window === "none" ? null : reader?.registration;
  const status = mine?.status === "registered" ? labels.registered : mine?.status === "waitlisted" ? labels.waitlisted.replace("{place}", String(mine.place)) : publicStatus;
  const form = (kind: "register" | "cancel", label: string, confirm?: { label: string; warning: string }) => (
    <RegistrationForm key={kind} locale={locale} kind={kind} eventId={eventId} returnTo={returnTo} label={label} pendingLabel={labels.pending} confirm={confirm} onDone={reload} />
  );

  let control = null;
  if (mine && !started) {
    control =
      mine.status === "registered"
        ? form("cancel", labels.cancel, { label: labels.confirmCancel, warning: labels.cancelWarning })
        : form("cancel", labels.leaveWaitlist, { label: labels.confirmLeave, warning: labels.leaveWarning });
  } else if (mine) control = null;
  else if (window !== "open") control = null;
  else if (reader === undefined) control = form("register", labels.register);
  else if (!reader?.user) {
    control = (
      <p>
        <Link href={signInHref} className="font-medium text-azblue-700 underline underline-offset-2">
          {labels.signIn}
        </Link>
      </p>
    );
  } else if (!reader.user.verified) control = <UnverifiedNote locale={locale} email={reader.user.email ?? ""} labels={labels.unverified} />;
  else control = form("register", labels.register);

  return (
    <>
      <p aria-live="polite" className="font-medium">
        {status}
      </p>
      {window === "open" && closesAt && !mine && <p className="text-sm text-slate-700">{closesAt}</p>}
      {control}
    </>
  );
}
