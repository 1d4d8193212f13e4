import "server-only";
import { revalidatePath } from "next/cache";
import { revalidateIdeaPages } from "./ideas/revalidate";

/**
 * After a change to a member that the cached public pages show (lib/cached-pages.ts):
 * their name signs their ideas; deleting the account removes their ideas, supports
 * and registrations (so counts and places change on the gallery, ideas and events).
 */
export function revalidateMemberContent(): void {
  revalidateIdeaPages();
  revalidatePath("/[locale]/agenda", "layout");
  revalidatePath("/[locale]", "page");
}
