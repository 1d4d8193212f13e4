import { events } from "./agenda";
import { oldSlugsTable } from "./old-slugs";

// Slugs an event had before an edit, so that old links and calendar entries still lead to it (308).
export const eventOldSlugs = oldSlugsTable("event_old_slugs", "event_id", () => events.id);
