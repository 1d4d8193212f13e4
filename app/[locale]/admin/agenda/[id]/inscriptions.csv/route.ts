import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { isLocale } from "@/i18n/routing";
import { CSV_BOM, csvRow } from "@/lib/csv";
import { canEditAgenda } from "@/server/agenda/access";
import { getEventForEditor, listRegistrationsForEditor } from "@/server/agenda/editor-queries";
import { getCurrentUser } from "@/server/session";

const paris = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Paris", dateStyle: "short", timeStyle: "short" });

/**
 * The registrations and the waiting list as a spreadsheet. A route handler is
 * a public endpoint like any other: it checks the editor role itself.
 */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/admin/agenda/[id]/inscriptions.csv">) {
  const { locale, id } = await params;
  if (!isLocale(locale)) notFound();
  const t = await getTranslations({ locale, namespace: "AgendaAdmin.csv" });
  const caller = await getCurrentUser();
  const private_ = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" };
  if (!caller) return new Response(t("signIn"), { status: 401, headers: private_ });
  if (!canEditAgenda(caller)) return new Response(t("forbidden"), { status: 403, headers: private_ });
  const [event, registrations] = await Promise.all([getEventForEditor(caller, id), listRegistrationsForEditor(caller, id)]);
  if (!event || !registrations) notFound();

  const rows = [
    csvRow([t("status"), t("place"), t("name"), t("email"), t("registeredAt"), t("promotedAt")]),
    ...registrations.registered.map((r) => csvRow([t("registered"), "", r.name, r.email, paris.format(r.createdAt), r.promotedAt ? paris.format(r.promotedAt) : ""])),
    ...registrations.waitlisted.map((r, i) => csvRow([t("waitlisted"), i + 1, r.name, r.email, paris.format(r.createdAt), ""])),
  ];
  const slug = event.versions[locale]?.slug ?? event.versions.fr?.slug ?? event.versions.az?.slug ?? event.id;
  return new Response(CSV_BOM + rows.join(""), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${t("filename")}-${slug}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
