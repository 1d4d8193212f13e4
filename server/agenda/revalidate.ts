import "server-only";
import { refresh, revalidatePath, updateTag } from "next/cache";
import { routing } from "@/i18n/routing";
import { cacheTags } from "@/lib/cache-tags";
import type { TouchedEvent } from "./mutations";

/**
 * After an editor's change, in the server action: expires the event's tags at
 * once (the editor reads their own write) and the pages that show it: the
 * agenda, the home page, the feeds, the sitemap, and the event and its .ics
 * under every slug it had or has, in both languages. Paths are the internal
 * routes the localized ones rewrite to.
 */
export function revalidateEvent(touched: TouchedEvent): void {
  updateTag(cacheTags.agendaList);
  updateTag(cacheTags.event(touched.id));
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
  revalidatePath("/sitemap.xml");
}

/**
 * After a registration or a cancellation: the counts of places changed on the
 * cached event pages, agenda and home (whatever the event's slugs), and on the page the member is on.
 */
export function revalidateRegistrations(eventId: string): void {
  updateTag(cacheTags.agendaList);
  updateTag(cacheTags.event(eventId));
  revalidatePath("/[locale]/agenda", "layout");
  revalidatePath("/[locale]", "page");
  refresh();
}
