import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { registrationWindow } from "@/lib/agenda/registration-window";
import type { PublicEvent } from "@/server/agenda/public-event";
import type { RegistrationState } from "@/server/agenda/registrations";
import { RegistrationForm } from "./registration-form";
import { dateTimeFormat } from "@/lib/date-format";

type Props = {
  event: Pick<PublicEvent, "id" | "capacity" | "registered" | "startsAt" | "registrationClosesAt">;
  /** The caller's registration; undefined for a visitor. */
  mine: RegistrationState | null | undefined;
  path: string;
  now: Date;
  /** False for a member whose address is not confirmed yet: `unverified` says why, in place of the button. */
  verified: boolean;
  unverified?: ReactNode;
};

/** Where a reader registers, sees their place (or their place in line) and cancels. */
export async function RegistrationPanel({ event, mine, path, now, verified, unverified }: Props) {
  const locale = await getLocale();
  const t = await getTranslations("Agenda.registration");
  const window = registrationWindow(event, now);
  const left = event.capacity === null ? 0 : Math.max(0, event.capacity - event.registered);
  const started = event.startsAt <= now;

  let status: string;
  if (window === "none") status = t(started ? "past" : "free");
  else if (mine?.status === "registered") status = t("youAreRegistered");
  else if (mine?.status === "waitlisted") status = t("youAreWaitlisted", { place: mine.place });
  else if (window === "closed") status = t(started ? "past" : "closed");
  else status = left > 0 ? t("placesLeft", { count: left, capacity: event.capacity! }) : t("full");

  const canCancel = !!mine && !started;
  return (
    <section aria-labelledby="registration-title" className="space-y-3 rounded-xl bg-azblue-50 p-5">
      <h2 id="registration-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p aria-live="polite" className="font-medium">
        {status}
      </p>
      {window === "open" && event.registrationClosesAt && event.registrationClosesAt < event.startsAt && !mine && (
        <p className="text-sm text-slate-700">
          {t("closesAt", { date: dateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Paris" }).format(event.registrationClosesAt) })}
        </p>
      )}
      {window === "open" && !mine && mine !== undefined && !verified && unverified}
      {window === "open" && !mine && mine !== undefined && verified && (
        <RegistrationForm locale={locale} kind="register" eventId={event.id} returnTo={path} label={t(left > 0 ? "register" : "joinWaitlist")} pendingLabel={t("pending")} />
      )}
      {window === "open" && mine === undefined && (
        <p>
          <Link href={{ pathname: "/connexion", query: { callbackUrl: path } }} className="font-medium text-azblue-700 underline underline-offset-2">
            {t("signInToRegister")}
          </Link>
        </p>
      )}
      {canCancel && (
        <RegistrationForm locale={locale} kind="cancel" eventId={event.id} returnTo={path} label={t(mine.status === "registered" ? "cancel" : "leaveWaitlist")} pendingLabel={t("pending")} />
      )}
    </section>
  );
}
