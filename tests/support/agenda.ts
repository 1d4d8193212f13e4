import { randomBytes } from "node:crypto";
import type { EventInput } from "@/lib/validation/event";
import { createEvent } from "@/server/agenda/mutations";
import type { CurrentUser } from "@/server/users";

const DAY = 86_400_000;

/** A published event starting `days` from now, in both languages, with its own slugs. */
export function eventInput(overrides: Partial<EventInput> & { days?: number } = {}): EventInput {
  const { days = 7, ...rest } = overrides;
  const tag = randomBytes(4).toString("hex");
  const startsAt = new Date(Date.now() + days * DAY);
  return {
    organisers: ["cultural_centre"],
    category: "concert",
    status: "published",
    startsAt,
    endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
    capacity: 2,
    priceCents: null,
    registrationClosesAt: null,
    reminderHours: 48,
    coverImage: null,
    versions: {
      fr: { title: `Concert de mugham ${tag}`, slug: `concert-${tag}`, summary: "Rast et Segah.", place: "Grande salle", body: "Programme.", coverAlt: null },
      az: { title: `Muğam axşamı ${tag}`, slug: `mugam-${tag}`, summary: "Rast və Segah.", place: "Böyük zal", body: "Proqram.", coverAlt: null },
    },
    ...rest,
  };
}

export async function makeEvent(editor: CurrentUser, overrides: Parameters<typeof eventInput>[0] = {}): Promise<string> {
  const result = await createEvent(editor, eventInput(overrides));
  if (!result.ok) throw new Error(`event not created: ${result.reason}`);
  return result.id;
}
