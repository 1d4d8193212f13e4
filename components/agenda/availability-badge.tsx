import { getTranslations } from "next-intl/server";

type Props = { capacity: number | null; registered: number; startsAt: Date; cancelled: boolean };

/** Cancelled, free entry, places left, or full (waiting list): what a reader wants to know before opening an event. */
export async function AvailabilityBadge({ capacity, registered, startsAt, cancelled }: Props) {
  const t = await getTranslations("Agenda.availability");
  if (cancelled) return <span className="rounded-full bg-red-50 px-2.5 py-0.5 font-medium text-azred-600">{t("cancelled")}</span>;
  if (startsAt <= new Date()) return null;
  if (capacity === null) return <span className="rounded-full bg-slate-100 px-2.5 py-0.5 text-slate-700">{t("free")}</span>;
  const left = capacity - registered;
  if (left <= 0) return <span className="rounded-full bg-amber-100 px-2.5 py-0.5 font-medium text-amber-900">{t("full")}</span>;
  return <span className="rounded-full bg-green-50 px-2.5 py-0.5 text-azgreen-600">{t("placesLeft", { count: left })}</span>;
}
