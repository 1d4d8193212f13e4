import { defineRouting } from "next-intl/routing";

// The one source of the portal's locales and of its localized paths.
export const routing = defineRouting({
  locales: ["fr", "az"],
  defaultLocale: "fr",
  localePrefix: "always",
  localeCookie: { maxAge: 60 * 60 * 24 * 365 },
  pathnames: {
    "/": "/",
    "/actualites": { fr: "/actualites", az: "/xeberler" },
    "/actualites/[slug]": { fr: "/actualites/[slug]", az: "/xeberler/[slug]" },
    "/agenda": { fr: "/agenda", az: "/tedbirler" },
    "/agenda/[slug]": { fr: "/agenda/[slug]", az: "/tedbirler/[slug]" },
    "/agenda/[slug]/calendrier.ics": { fr: "/agenda/[slug]/calendrier.ics", az: "/tedbirler/[slug]/teqvim.ics" },
    "/agenda/desistement/[token]": { fr: "/agenda/desistement/[token]", az: "/tedbirler/imtina/[token]" },
    "/centenaire": { fr: "/centenaire", az: "/yuzillik" },
    "/recherche": { fr: "/recherche", az: "/axtaris" },
    "/centenaire/proposer": { fr: "/centenaire/proposer", az: "/yuzillik/teklif" },
    "/centenaire/merci": { fr: "/centenaire/merci", az: "/yuzillik/tesekkur" },
    // Before "[id]": the rewrites and redirects are generated in this order, so the fixed path keeps its own page.
    "/centenaire/programme": { fr: "/centenaire/programme", az: "/yuzillik/proqram" },
    "/centenaire/[id]": { fr: "/centenaire/[id]", az: "/yuzillik/[id]" },
    "/centenaire/[id]/modifier": { fr: "/centenaire/[id]/modifier", az: "/yuzillik/[id]/redakte" },
    "/centenaire/[id]/suivi": { fr: "/centenaire/[id]/suivi", az: "/yuzillik/[id]/izleme" },
    "/connexion": { fr: "/connexion", az: "/giris" },
    "/inscription": { fr: "/inscription", az: "/qeydiyyat" },
    "/compte": { fr: "/compte", az: "/hesab" },
    "/compte/supprime": { fr: "/compte/supprime", az: "/hesab/silindi" },
    "/mot-de-passe-oublie": { fr: "/mot-de-passe-oublie", az: "/sifreni-unutdum" },
    "/reinitialiser/[token]": { fr: "/reinitialiser/[token]", az: "/berpa/[token]" },
    "/confirmer/[token]": { fr: "/confirmer/[token]", az: "/tesdiq/[token]" },
    "/annuler-changement/[token]": { fr: "/annuler-changement/[token]", az: "/deyisikliyi-legv-et/[token]" },
    "/confidentialite": { fr: "/confidentialite", az: "/mexfilik" },
    "/mentions-legales": { fr: "/mentions-legales", az: "/huquqi-melumat" },
    "/accessibilite": { fr: "/accessibilite", az: "/elcatanliq" },
    "/abonnement": { fr: "/abonnement", az: "/abunelik" },
    "/abonnement/confirmer/[token]": { fr: "/abonnement/confirmer/[token]", az: "/abunelik/tesdiq/[token]" },
    "/abonnement/gerer/[token]": { fr: "/abonnement/gerer/[token]", az: "/abunelik/idare/[token]" },
    "/abonnement/desabonner/[token]": { fr: "/abonnement/desabonner/[token]", az: "/abunelik/imtina/[token]" },
    "/contact/[organisation]": { fr: "/contact/[organisation]", az: "/elaqe/[organisation]" },
    "/organisations/[slug]": { fr: "/organisations/[slug]", az: "/teskilatlar/[slug]" },
    "/organisations/[slug]/rss.xml": { fr: "/organisations/[slug]/rss.xml", az: "/teskilatlar/[slug]/rss.xml" },
    "/organisations/[slug]/agenda.ics": { fr: "/organisations/[slug]/agenda.ics", az: "/teskilatlar/[slug]/tedbirler.ics" },
    "/admin": "/admin",
    "/admin/utilisateurs": "/admin/utilisateurs",
    "/admin/journal": "/admin/journal",
    "/admin/courrier": "/admin/courrier",
    "/admin/idees": "/admin/idees",
    "/admin/idees/[id]/jalons": "/admin/idees/[id]/jalons",
    "/admin/commentaires": "/admin/commentaires",
    "/admin/actualites": "/admin/actualites",
    "/admin/actualites/nouveau": "/admin/actualites/nouveau",
    "/admin/actualites/[id]": "/admin/actualites/[id]",
    "/admin/traductions": "/admin/traductions",
    "/admin/agenda": "/admin/agenda",
    "/admin/agenda/nouveau": "/admin/agenda/nouveau",
    "/admin/agenda/[id]": "/admin/agenda/[id]",
    "/admin/agenda/[id]/inscriptions": "/admin/agenda/[id]/inscriptions",
    "/admin/agenda/[id]/inscriptions.csv": "/admin/agenda/[id]/inscriptions.csv",
  },
});

export type Locale = (typeof routing.locales)[number];
export type AppPathname = keyof typeof routing.pathnames;

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (routing.locales as readonly string[]).includes(value);
}
/** The paths without a dynamic segment, which a plain link can name. */
export type StaticPathname = Exclude<AppPathname, `${string}[${string}]${string}`>;

/** Each language as Open Graph names it (`og:locale`), with the languages a page also exists in (`og:locale:alternate`). */
export function openGraphLocales(shown: Locale, available: Partial<Record<Locale, unknown>>): { locale: string; alternateLocale: string[] } {
  const name: Record<Locale, string> = { fr: "fr_FR", az: "az_AZ" };
  return { locale: name[shown], alternateLocale: routing.locales.filter((l) => l !== shown && available[l]).map((l) => name[l]) };
}
