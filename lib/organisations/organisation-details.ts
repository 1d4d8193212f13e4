import type { Organisation } from "@/db/schema/news";

/**
 * Where each organisation receives and its e-mail-free way in (the contact form). The texts
 * (who they are, opening hours) are in messages/ under `Organisations.<organisation>`.
 * Addresses are the organisations' to confirm before going live; the lead keeps them here, in one place.
 */
export const organisationAddresses: Record<Organisation, string[]> = {
  embassy: ["78, avenue d'Iéna", "75116 Paris"],
  ulduz: ["Association Ulduz", "c/o Centre culturel azerbaïdjanais", "75016 Paris"],
  cultural_centre: ["Centre culturel azerbaïdjanais de Paris", "75016 Paris"],
};
