import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { countModerationQueue } from "@/server/ideas/queue";
import { getCurrentUser } from "@/server/session";

/** The admin home's view of the ideas queue; nothing for anyone but editors. */
export async function ModerationSummary({ locale }: { locale: Locale }) {
  const counts = await countModerationQueue(await getCurrentUser());
  if (!counts) return null;
  const t = await getTranslations({ locale, namespace: "IdeasAdmin.summary" });
  const link = "font-medium text-azblue-700 underline underline-offset-2";
  return (
    <section aria-labelledby="ideas-summary-heading" className="mt-8 rounded-xl border-t-4 border-azgreen-600 bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <h2 id="ideas-summary-heading" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <ul className="mt-3 space-y-1">
        <li>
          <Link href={{ pathname: "/admin/idees", hash: "pending" }} className={link}>
            {t("pending", { count: counts.pending })}
          </Link>
        </li>
        <li>
          <Link href={{ pathname: "/admin/idees", hash: "reported" }} className={link}>
            {t("reported", { count: counts.reported })}
          </Link>
        </li>
      </ul>
      <Link href="/admin/idees" className={`${link} mt-4 inline-block`}>
        {t("open")}
      </Link>
    </section>
  );
}
