import type { EventCategory, EventStatus, Organisation } from "../schema";
import type { SeedClock } from "./agenda-dates";

export type SeedVersion = { title: string; summary: string; place: string; body: string };

export type SeedEvent = {
  /** Who organises it (one or more of the three). */
  organisers: Organisation[];
  category: EventCategory;
  status?: EventStatus;
  when: (clock: SeedClock) => { startsAt: Date; endsAt: Date };
  capacity: number | null;
  /** In euro cents; 0: free; absent: not stated. */
  priceCents?: number;
  fr?: SeedVersion;
  az?: SeedVersion;
  /** A cancelled event (server/agenda/cancel-event.ts): its page stays, with this reason. */
  cancellationReason?: string;
  /** Emails, in the order they registered; those beyond the capacity wait in line. */
  registrations?: string[];
};

export const places = {
  hall: { fr: "Centre culturel azerbaïdjanais de Paris, grande salle", az: "Parisdəki Azərbaycan Mədəniyyət Mərkəzi, böyük zal" },
  salon: { fr: "Centre culturel azerbaïdjanais de Paris, petit salon de musique", az: "Parisdəki Azərbaycan Mədəniyyət Mərkəzi, kiçik musiqi salonu" },
  gallery: { fr: "Centre culturel azerbaïdjanais de Paris, galerie du rez-de-chaussée", az: "Parisdəki Azərbaycan Mədəniyyət Mərkəzi, birinci mərtəbədəki qalereya" },
  classroom: { fr: "Centre culturel azerbaïdjanais de Paris, salle de cours du 1er étage", az: "Parisdəki Azərbaycan Mədəniyyət Mərkəzi, ikinci mərtəbədəki dərs otağı" },
};
