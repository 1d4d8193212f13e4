import NextLink from "next/link";
import type { ComponentProps } from "react";
import { getLocale } from "next-intl/server";
import { getPathname, type Href } from "./paths";
import type { Locale } from "./routing";

type Props = Omit<ComponentProps<typeof NextLink>, "href"> & { href: Href; locale?: Locale };

/**
 * A link to a page of the portal by its internal path, written in the
 * reader's language (`/actualites` → `/az/xeberler`). A server component: the
 * address is worked out on the server and the browser gets a plain next/link.
 * next-intl's own Link is a client component that ships next-intl's formatter
 * (10 kB gzip) to every page.
 */
export async function Link({ href, locale, ...props }: Props) {
  return <NextLink href={getPathname({ href, locale: locale ?? ((await getLocale()) as Locale) })} {...props} />;
}
