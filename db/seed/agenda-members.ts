import type { Locale } from "@/i18n/routing";

/** Members who fill the demo concert and its waiting list. They cannot sign in: their password is random. */
export const demoMembers: { email: string; name: string; preferredLocale: Locale }[] = [
  { email: "nigar.aliyeva@example.org", name: "Nigar Əliyeva", preferredLocale: "az" },
  { email: "tural.hasanov@example.org", name: "Tural Həsənov", preferredLocale: "az" },
  { email: "camille.durand@example.org", name: "Camille Durand", preferredLocale: "fr" },
  { email: "sabina.guliyeva@example.org", name: "Səbinə Quliyeva", preferredLocale: "fr" },
  { email: "elchin.mammadov@example.org", name: "Elçin Məmmədov", preferredLocale: "az" },
  { email: "lucas.martin@example.org", name: "Lucas Martin", preferredLocale: "fr" },
];
