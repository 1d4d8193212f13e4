import "server-only";
import { cookies, headers } from "next/headers";
import { routing, type Locale } from "@/i18n/routing";
import { clientAddressOf } from "./client-address";
import type { RequestContext } from "./users";

/** Where the current request comes from, for the throttle. */
export async function currentRequestContext(): Promise<RequestContext> {
  return { address: clientAddressOf(await headers()) };
}

// next-intl's cookie, under its default name (routing.ts sets only its lifetime).
const LOCALE_COOKIE = "NEXT_LOCALE";

/** The language cookie that `/` follows: a member's preferred language wins over the browser's. */
export async function rememberLocale(locale: Locale): Promise<void> {
  const maxAge = typeof routing.localeCookie === "object" ? routing.localeCookie.maxAge : undefined;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", maxAge });
}
