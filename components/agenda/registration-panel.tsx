import { getLocale, getTranslations } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import { registrationWindow } from "@/lib/agenda/registration-window";
import type { PublicEvent } from "@/server/agenda/public-event";
import { RegistrationIsland } from "../reader/registration-island";
import { dateTimeFormat } from "@/lib/date-format";
import { unverifiedLabels } from "../reader/unverified-labels";

type Props = {
  event: Pick<PublicEvent, "id" | "capacity" | "registered" | "startsAt" | "registrationClosesAt">;
  path: string;
  now: Date;
};

/** Where a reader registers, sees their place (or their place in line) and cancels: the same for everyone, the reader's part filled in the browser. */
export async function RegistrationPanel({ event, path, now }: Props) {
  const locale = await getLocale();
  const t = await getTranslations("Agenda.registration");
  const window = registrationWindow(event, now);
  const left = event.capacity === null ? 0 : Math.max(0, event.capacity - event.registered);
  const started = event.startsAt <= now;

  let publicStatus: string;
  if (window === "none") publicStatus = t(started ? "past" : "free");
  else if (window === "closed") publicStatus = t(started ? "past" : "closed");
  else publicStatus = left > 0 ? t("placesLeft", { count: left, capacity: event.capacity! }) : t("full");
  const closesAt =
    window === "open" && event.registrationClosesAt && event.registrationClosesAt < event.startsAt
      ? t("closesAt", { date: dateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Paris" }).format(event.registrationClosesAt) })
      : undefined;

  return (
    <section aria-labelledby="registration-title" className="space-y-3 rounded-xl bg-azblue-50 p-5">
      <h2 id="registration-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <RegistrationIsland
        locale={locale}
        eventId={event.id}
        returnTo={path}
        signInHref={getPathname({ href: { pathname: "/connexion", query: { callbackUrl: path } }, locale })}
        window={window}
        started={started}
        publicStatus={publicStatus}
        closesAt={closesAt}
        labels={{
          registered: t("youAreRegistered"),
          waitlisted: t("youAreWaitlisted", { place: "{place}" }),
          register: t(left > 0 ? "register" : "joinWaitlist"),
          cancel: t("cancel"),
          leaveWaitlist: t("leaveWaitlist"),
          confirmCancel: t("confirmCancel"),
          confirmLeave: t("confirmLeave"),
          cancelWarning: t("cancelWarning"),
          leaveWarning: t("leaveWarning"),
          pending: t("pending"),
          signIn: t("signInToRegister"),
          unverified: await unverifiedLabels(locale),
        }}
      />
    </section>
  );
}
