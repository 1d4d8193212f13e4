import { getTranslations } from "next-intl/server";
import { isLocale, routing } from "@/i18n/routing";
import { ideasCsvStream } from "@/server/ideas/export";
import { getCurrentUser } from "@/server/session";

/** All ideas as CSV. The route checks the caller itself: a link is not a permission. */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/admin/idees/export">) {
  const requested = (await params).locale;
  const locale = isLocale(requested) ? requested : routing.defaultLocale;
  const t = await getTranslations({ locale, namespace: "IdeasAdmin.csv" });
  const caller = await getCurrentUser();
  const text = (status: number, message: string) =>
    new Response(message, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
  if (!caller) return text(401, t("signIn"));
  const stream = ideasCsvStream(caller, locale);
  if (!stream) return text(403, t("forbidden"));
  const date = new Date().toISOString().slice(0, 10);
  return new Response(stream, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${t("filename")}-${date}.csv"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
