import type { Locale } from "@/i18n/routing";
import { offerPrice } from "@/lib/agenda/price";

type Props = {
  url: string;
  name: string;
  description: string;
  inLanguage: Locale;
  startsAt: Date;
  endsAt: Date;
  place: string;
  image?: string;
  /** In euro cents; 0: free; null: not stated (no offer). */
  priceCents: number | null;
  /** Each organiser with the address of its page. */
  organizers: { name: string; url: string }[];
};

/** schema.org Event; "<" is escaped so that no text can close the script element. */
export function EventJsonLd(props: Props) {
  const data = {
    "@context": "https://schema.org",
    "@type": "Event",
    url: props.url,
    name: props.name,
    description: props.description,
    inLanguage: props.inLanguage,
    startDate: props.startsAt.toISOString(),
    endDate: props.endsAt.toISOString(),
    eventStatus: "https://schema.org/EventScheduled",
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    location: { "@type": "Place", name: props.place, address: props.place },
    ...(props.image ? { image: [props.image] } : {}),
    ...(props.priceCents === null
      ? {}
      : {
          isAccessibleForFree: props.priceCents === 0,
          offers: { "@type": "Offer", url: props.url, price: offerPrice(props.priceCents), priceCurrency: "EUR" },
        }),
    organizer: props.organizers.map((organizer) => ({ "@type": "Organization", name: organizer.name, url: organizer.url })),
  };
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, "\\u003c") }} />;
}
