import "server-only";
import { refresh, revalidatePath } from "next/cache";
import { routing } from "@/i18n/routing";
import { revalidateSearches } from "../search/revalidate";
import type { TouchedEvent } from "./mutations";

/**
 * After an editor's change, in the server action: expires every cached page
 * that shows the event (pages are cached whole, so by path): the agenda, the
 * home page, the feed, and the event and its .ics under every slug it had or
 * has, in both languages. Paths are the internal routes the localized ones
 * rewrite to. The sitemap is read per request.
 */
export function revalidateEvent(touched: TouchedEvent): void {
  for (const locale of routing.locales) {
    revalidatePath(`/${locale}`);
    revalidatePath(`/${locale}/agenda`);
    revalidatePath(`/${locale}/agenda.ics`);
    revalidatePath(`/${locale}/admin/agenda`);
    for (const slug of touched.slugs) {
      revalidatePath(`/${locale}/agenda/${slug}`);
      revalidatePath(`/${locale}/agenda/${slug}/calendrier.ics`);
    }
  }
  // Each organisation's page and calendar lists its coming events (organisers may have changed).
  revalidatePath("/[locale]/organisations/[slug]", "layout");
  revalidateSearches();
}

/**
 * After a registration or a cancellation: the counts of places changed on the
 * cached event pages, agenda and home (whatever the event's slugs), and on the page the member is on.
 */
export function revalidateRegistrations(): void {
  revalidatePath("/[locale]/agenda", "layout");
  revalidatePath("/[locale]", "page");
  revalidatePath("/[locale]/organisations/[slug]", "page");
  refresh();
}
