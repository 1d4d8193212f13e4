import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { agendaSummary } from "@/server/agenda/editor-queries";
import { getCurrentUser } from "@/server/session";

/** The admin home's agenda card: what is coming and who waits for a place. Editors only. */
export async function AgendaSummary() {
  const summary = await agendaSummary(await getCurrentUser());
  if (!summary) return null;
  const t = await getTranslations("AgendaAdmin.summary");
  return (
    <section aria-labelledby="agenda-summary-title" className="mt-6 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <h2 id="agenda-summary-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <ul className="mt-2 space-y-1 text-slate-700">
        <li>{t("upcoming", { count: summary.upcoming })}</li>
        <li>{t("drafts", { count: summary.drafts })}</li>
        <li>{t("waitlisted", { count: summary.waitlisted })}</li>
      </ul>
      <Link href="/admin/agenda" className="mt-3 inline-block font-medium text-azblue-700 underline underline-offset-2">
        {t("manage")}
      </Link>
    </section>
  );
}
