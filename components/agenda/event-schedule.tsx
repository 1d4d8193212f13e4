import { getLocale, getTranslations } from "next-intl/server";
import { eventSchedule } from "@/lib/agenda/event-time";

type Props = { startsAt: Date; endsAt: Date; compact?: boolean };

/** When an event takes place, in Paris time, with the time in Baku beside it. */
export async function EventSchedule({ startsAt, endsAt, compact = false }: Props) {
  const locale = await getLocale();
  const t = await getTranslations("Agenda.time");
  const s = eventSchedule(startsAt, endsAt, locale);
  const iso = startsAt.toISOString();

  if (compact) {
    return (
      <p className="text-sm text-slate-700">
        <time dateTime={iso}>{t("compact", { date: s.startDate, time: s.startTime })}</time>{" "}
        {/* An exhibition under way for weeks: its end matters more than its start. */}
        {!s.sameDay && (
          <>
            <time dateTime={endsAt.toISOString()} className="font-medium">
              {t("compactUntil", { date: s.endDate })}
            </time>{" "}
          </>
        )}
        <span className="whitespace-nowrap text-slate-600">{t("compactBaku", { time: s.bakuStartTime })}</span>
      </p>
    );
  }
  return (
    <div className="space-y-1">
      <p className="font-medium">
        <time dateTime={iso}>
          {s.sameDay
            ? t("sameDay", { date: s.startDate, start: s.startTime, end: s.endTime })
            : t("range", { startDate: s.startDate, startTime: s.startTime, endDate: s.endDate, endTime: s.endTime })}
        </time>{" "}
        <span className="font-normal text-slate-600">{t("parisZone")}</span>
      </p>
      <p className="text-slate-700">
        {s.bakuStartDate
          ? t("bakuOtherDay", { date: s.bakuStartDate, start: s.bakuStartTime, end: s.bakuEndTime })
          : t(s.bakuEndsNextDay ? "bakuNextDay" : "baku", { start: s.bakuStartTime, end: s.bakuEndTime })}
      </p>
    </div>
  );
}
