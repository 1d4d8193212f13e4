import { env } from "./env";

/** Who publishes the portal, as the legal notice and the privacy page name them (SITE_* variables). */
export function siteContacts() {
  const e = env();
  return {
    publisher: e.SITE_PUBLISHER,
    publisherAddress: e.SITE_PUBLISHER_ADDRESS,
    director: e.SITE_PUBLICATION_DIRECTOR,
    host: e.SITE_HOST,
    email: e.SITE_CONTACT_EMAIL,
  };
}
