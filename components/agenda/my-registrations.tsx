import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { listMyRegistrations } from "@/server/agenda/member-registrations";
import { getCurrentUser } from "@/server/session";
import { EventSchedule } from "./event-schedule";

/** On the account page: the events the member registered for, with their place in line where waitlisted. */
export async function MyRegistrations() {
  const locale = await getLocale();
  const registrations = await listMyRegistrations(await getCurrentUser(), locale);
  const t = await getTranslations("Agenda.mine");
  return (
    <section aria-labelledby="my-registrations-title" className="mt-10 space-y-3">
      <h2 id="my-registrations-title" className="text-2xl font-semibold">
        {t("title")}
      </h2>
      {registrations.length === 0 ? (
        <p className="text-slate-700">
          {t("empty")}{" "}
          <Link href="/agenda" className="font-medium text-azblue-700 underline underline-offset-2">
            {t("browse")}
          </Link>
        </p>
      ) : (
        <ul className="space-y-3">
          {registrations.map((r) => (
            <li key={r.eventId} className="rounded-lg bg-slate-50 p-4">
              <Link href={{ pathname: "/agenda/[slug]", params: { slug: r.slug } }} lang={r.textLocale !== locale ? r.textLocale : undefined} className="font-semibold text-azblue-700 underline underline-offset-2">
                {r.title}
              </Link>
              <EventSchedule startsAt={r.startsAt} endsAt={r.endsAt} compact />
              <p className="text-sm font-medium">
                {r.registration.status === "registered" ? t("registered") : t("waitlisted", { place: r.registration.place })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
