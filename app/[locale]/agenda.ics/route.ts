import { notFound } from "next/navigation";
import { isLocale } from "@/i18n/routing";

// The agenda pillar fills the calendar; until then it is a valid, empty one.
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/agenda.ics">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", `PRODID:-//Azerbaijani community in France//Agenda ${locale}//EN`, "CALSCALE:GREGORIAN", "END:VCALENDAR"];
  return new Response(lines.join("\r\n") + "\r\n", { headers: { "Content-Type": "text/calendar; charset=utf-8" } });
}
