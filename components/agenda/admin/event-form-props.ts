import "server-only";
import { getTranslations } from "next-intl/server";
import type { EventValues } from "@/actions/agenda-admin";
import { eventCategories, organisations } from "@/db/schema";
import { routing, type Locale } from "@/i18n/routing";
import { priceInputFromCents } from "@/lib/agenda/price";
import { dateToZonedInput } from "@/lib/time-zone";
import { organiserField } from "@/lib/validation/event";
import type { EditorEvent } from "@/server/agenda/editor-queries";
import { coverFieldLabels } from "../../forms/cover-field-labels";
import type { EventFormLabels } from "./event-form";

/**
 * The editor form's strings, in the editor's language: client components get them as props. Every
 * organisation is offered as an organiser: the editor's own sign, the others are invited and sign by
 * approving (server/organisations/membership.ts, server/joint/).
 */
export async function eventFormProps(
  locale: Locale,
): Promise<{ labels: EventFormLabels; categories: { value: string; label: string }[]; organisers: { value: string; label: string }[] }> {
  const tNews = await getTranslations({ locale, namespace: "News" });
  const t = await getTranslations({ locale, namespace: "AgendaAdmin.form" });
  const tCategories = await getTranslations({ locale, namespace: "Agenda.categories" });
  const labels: EventFormLabels = {
    organisers: t("organisers"),
    organisersHint: t("organisersHint"),
    category: t("category"),
    status: t("status"),
    draft: t("draft"),
    published: t("published"),
    startsAt: t("startsAt"),
    endsAt: t("endsAt"),
    parisHint: t("parisHint"),
    capacity: t("capacity"),
    capacityHint: t("capacityHint"),
    price: t("price"),
    priceHint: t("priceHint"),
    closesAt: t("closesAt"),
    closesAtHint: t("closesAtHint"),
    reminderHours: t("reminderHours"),
    reminderHoursHint: t("reminderHoursHint"),
    cover: await coverFieldLabels(locale, "AgendaAdmin"),
    save: t("save"),
    saving: t("saving"),
    version: { title: t("title"), slug: t("slug"), slugHint: t("slugHint"), summary: t("summary"), place: t("place"), body: t("body"), bodyHint: t("bodyHint"), coverAlt: t("coverAlt"), coverAltHint: t("coverAltHint") },
    languages: { fr: t("languages.fr"), az: t("languages.az") },
  };
  const organisers = organisations.map((organisation) => ({ value: organiserField(organisation), label: tNews(`organisation.${organisation}`) }));
  return { labels, categories: eventCategories.map((value) => ({ value, label: tCategories(value) })), organisers };
}

/** An event as its edit form shows it: times in Paris wall-clock time. */
export function eventFormValues(event: EditorEvent, editorLocale: Locale): Partial<EventValues> {
  const values: Partial<EventValues> = {
    category: event.category,
    status: event.awaitingApproval ? "published" : event.status,
    startsAt: dateToZonedInput(event.startsAt),
    endsAt: dateToZonedInput(event.endsAt),
    capacity: event.capacity === null ? "" : String(event.capacity),
    price: priceInputFromCents(event.priceCents, editorLocale),
    registrationClosesAt: event.registrationClosesAt ? dateToZonedInput(event.registrationClosesAt) : "",
    reminderHours: event.reminderHours === null ? "" : String(event.reminderHours),
    cover: event.coverImage ?? "",
    revision: String(event.revision),
  };
  for (const organisation of event.organisers) values[organiserField(organisation)] = "on";
  for (const locale of routing.locales) {
    const version = event.versions[locale];
    if (!version) continue;
    Object.assign(values, { [`title_${locale}`]: version.title, [`slug_${locale}`]: version.slug, [`summary_${locale}`]: version.summary, [`place_${locale}`]: version.place, [`body_${locale}`]: version.body, [`coverAlt_${locale}`]: version.coverAlt ?? "" });
  }
  return values;
}
