// The portal's navigation on the server: links, redirects and addresses in the reader's language.
import { redirect as nextRedirect } from "next/navigation";
import type { Locale } from "./routing";
import { getPathname, type Href } from "./paths";

export { getPathname, type Href } from "./paths";
export { Link } from "./link";

/** Ends the render or the action with a redirect to a page of the portal in a language. */
export function redirect({ href, locale }: { href: Href; locale: Locale }): never {
  return nextRedirect(getPathname({ href, locale }));
}
