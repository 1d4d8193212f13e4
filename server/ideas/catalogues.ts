import "server-only";
import az from "@/messages/az.json";
import fr from "@/messages/fr.json";

/** The messages, for text built outside a request (mails, exports). */
export const catalogues = { fr, az } as const;
