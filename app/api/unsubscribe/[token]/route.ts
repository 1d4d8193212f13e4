import { isLocale, routing } from "@/i18n/routing";
import { getPathname } from "@/i18n/paths";
import { unsubscribe } from "@/server/subscriptions/mutations";

export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "no-store" };

/**
 * RFC 8058 one-click unsubscribe, the URL of every bulk mail's
 * List-Unsubscribe header. A mail client POSTs `List-Unsubscribe=One-Click`
 * here without a session or a CSRF token (the signed token is the proof);
 * the answer is 200 whether it was done now or before. A browser that opens
 * the URL (GET) is sent to the page with the button: a GET changes nothing.
 */
export async function POST(_request: Request, { params }: RouteContext<"/api/unsubscribe/[token]">) {
  const { token } = await params;
  const state = await unsubscribe(token);
  if (state === "invalid") return new Response("invalid link\n", { status: 404, headers: { ...noStore, "Content-Type": "text/plain; charset=utf-8" } });
  return new Response("unsubscribed\n", { status: 200, headers: { ...noStore, "Content-Type": "text/plain; charset=utf-8" } });
}

export async function GET(request: Request, { params }: RouteContext<"/api/unsubscribe/[token]">) {
  const { token } = await params;
  const lang = new URL(request.url).searchParams.get("lang");
  const locale = isLocale(lang) ? lang : routing.defaultLocale;
  const path = getPathname({ href: { pathname: "/abonnement/desabonner/[token]", params: { token } }, locale });
  return new Response(null, { status: 303, headers: { ...noStore, Location: path } });
}
