import "server-only";
import { revalidatePath } from "next/cache";

/**
 * After any change the ideas gallery shows (an idea published, retained, hidden or merged, a support, a
 * comment): the gallery and every idea's page, and every cached search of the gallery, whatever its query
 * (app/[locale]/centenaire/variants.ts).
 */
export function revalidateIdeaPages(): void {
  revalidatePath("/[locale]/centenaire", "layout");
  revalidatePath("/[locale]/per-query/centenaire/[q]", "page");
}
