import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { getTranslations } from "next-intl/server";
import { EventJsonLd } from "@/components/agenda/event-json-ld";
import { EventSchedule } from "@/components/agenda/event-schedule";
import { RegistrationPanel } from "@/components/agenda/registration-panel";
import { CoverImage } from "@/components/cover-image";
import { EventPrice } from "@/components/agenda/event-price";
import { MarkdownBody } from "@/components/markdown-body";
import { Link } from "@/i18n/navigation";
import { openGraphLocales, type Locale } from "@/i18n/routing";
import { eventAlternates, eventIcsPath, eventPath } from "@/lib/agenda/event-urls";
import { absolute, absoluteUrl } from "@/lib/site-url";
import { uploadUrl } from "@/lib/upload-names";
import { findPublicEvent } from "@/server/agenda/public-event";
import { OrganisationLinks } from "@/components/organisations/organisation-links";
import { organisationHref } from "@/lib/organisations/organisation-urls";

// Metadata and page ask once per request.
const lookup = cache(findPublicEvent);

export async function eventMetadata(locale: Locale, slug: string): Promise<Metadata> {
  const found = await lookup(locale, slug);
  if (found.kind !== "event") return {};
  const { event } = found;
  const tSite = await getTranslations({ locale, namespace: "Metadata" });
  // A version shown in place of a missing one is the same text: its own page is the canonical one.
  const canonical = absolute(eventPath(event.slugs[event.textLocale]!, event.textLocale));
  return {
    title: event.title,
    description: event.summary,
    alternates: { canonical, languages: eventAlternates(event.slugs) },
    openGraph: {
      type: "website",
      url: canonical,
      siteName: tSite("siteName"),
      title: event.title,
      description: event.summary,
      ...openGraphLocales(event.textLocale, event.slugs),
      ...(event.coverImage ? { images: [{ url: absolute(uploadUrl(event.coverImage)) }] } : {}),
    },
  };
}

/** An event, the same for every reader: their registration is filled in by the registration box's island. */
export async function EventPage({ locale, slug }: { locale: Locale; slug: string }) {
  const found = await lookup(locale, slug);
  // The other language's slug, when this language has its own version: 308 to it.
  if (found.kind === "redirect") permanentRedirect(eventPath(found.slug, locale));
  if (found.kind !== "event") notFound();
  const { event } = found;
  const t = await getTranslations("Agenda");
  const tOrg = await getTranslations({ locale, namespace: "News.organisation" });
  const lang = event.textLocale !== locale ? event.textLocale : undefined;
  const path = eventPath(slug, locale);

  return (
    <article className="mx-auto max-w-3xl space-y-6">
      <EventJsonLd
        url={absolute(eventPath(event.slugs[event.textLocale]!, event.textLocale))}
        name={event.title}
        description={event.summary}
        inLanguage={event.textLocale}
        startsAt={event.startsAt}
        endsAt={event.endsAt}
        place={event.place}
        image={event.coverImage ? absolute(uploadUrl(event.coverImage)) : undefined}
        priceCents={event.priceCents}
        organizers={event.organisers.map((organisation) => ({ name: tOrg(organisation), url: absoluteUrl(organisationHref(organisation, locale), locale) }))}
      />
      <Link href="/agenda" className="text-sm font-medium text-azblue-700 underline underline-offset-2">
        {t("back")}
      </Link>
      {lang && (
        <p role="note" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 font-medium text-amber-900">
          {t(`onlyIn.${event.textLocale}`)}
        </p>
      )}
      {event.cancelledAt && (
        <div role="note" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-azred-600">
          <p className="text-lg font-bold">{t("cancelledNotice")}</p>
          {event.cancellationReason && <p>{t("cancelledReason", { reason: event.cancellationReason })}</p>}
        </div>
      )}
      <header className="space-y-3">
        <p className="text-sm font-medium uppercase tracking-wide text-azred-600">{t(`categories.${event.category}`)}</p>
        <h1 lang={lang} className="text-3xl font-bold leading-tight sm:text-4xl">
          {event.title}
        </h1>
        {event.organisers.length > 0 && (
          <p>
            <span className="font-medium">{t("organisers", { count: event.organisers.length })} </span>
            <OrganisationLinks locale={locale} organisations={event.organisers} />
          </p>
        )}
        <EventSchedule startsAt={event.startsAt} endsAt={event.endsAt} />
        <p>
          <span className="font-medium">{t("place")} </span>
          <span lang={lang}>{event.place}</span>{" "}
          {/* A search on OpenStreetMap, which a phone opens in its map app: no map tiles loaded here. */}
          <a href={`https://www.openstreetmap.org/search?query=${encodeURIComponent(event.place)}`} rel="noopener" className="whitespace-nowrap font-medium text-azblue-700 underline underline-offset-2">
            {t("map")}
          </a>
        </p>
        <EventPrice priceCents={event.priceCents} />
        <p lang={lang} className="text-lg leading-relaxed text-slate-700">
          {event.summary}
        </p>
        <a href={eventIcsPath(slug, locale)} download className="inline-block rounded-md border border-azblue-600 px-4 py-2 font-medium text-azblue-700 hover:bg-azblue-50">
          {t("ics.download")}
        </a>
      </header>
      {event.coverImage && <CoverImage name={event.coverImage} alt={event.coverAlt} lang={lang} priority />}
      {/* A cancelled event takes no registration (server/agenda/registrations.ts). */}
      {!event.cancelledAt && <RegistrationPanel event={event} path={path} now={new Date()} />}
      <MarkdownBody markdown={event.body} lang={lang} />
    </article>
  );
}
