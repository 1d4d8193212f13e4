import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { formatPrice } from "@/lib/agenda/price";

/** "Entrée : 12 €" or "Entrée : gratuite"; nothing when the editor did not state a price. */
export async function EventPrice({ priceCents, className }: { priceCents: number | null; className?: string }) {
  if (priceCents === null) return null;
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("Agenda");
  return (
    <p className={className}>
      <span className="font-medium">{t("price")} </span>
      {priceCents === 0 ? t("priceFree") : formatPrice(priceCents, locale)}
    </p>
  );
}
