"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { UNREAD_MARK } from "@/lib/unread-mark";
import { usePageReader } from "./reader/use-reader";

type Labels = { signIn: string; signUp: string; account: string; admin: string; unreadOne: string; unreadMany: string };
/** The localized addresses, from the server: next-intl's client navigation would ship its formatter to every page. */
type Hrefs = { signIn: string; signUp: string; account: string; admin: string };

/** The sign-in and sign-up links with the current page as the return address (none from those pages themselves). */
function returnHrefs(hrefs: Hrefs, pathname: string): Hrefs {
  const search = typeof window === "undefined" ? "" : window.location.search;
  const current = pathname + search;
  if (pathname === hrefs.signIn || pathname === hrefs.signUp) {
    // Moving between the two keeps the return address the reader came with.
    const kept = new URLSearchParams(search).get("callbackUrl");
    return kept ? withReturn(hrefs, kept) : hrefs;
  }
  return pathname.split("/").length <= 2 ? hrefs : withReturn(hrefs, current);
}

function withReturn(hrefs: Hrefs, path: string): Hrefs {
  const query = `?${new URLSearchParams({ callbackUrl: path })}`;
  return { ...hrefs, signIn: hrefs.signIn + query, signUp: hrefs.signUp + query };
}

/**
 * Public pages are the same for everyone and come from the cache, so the
 * account links are filled in by the browser from /api/reader, in the same
 * answer as the page's other islands.
 */
export function AccountMenu({ labels, hrefs: hrefsIn }: { labels: Labels; hrefs: Hrefs }) {
  // Signing in or out navigates without reloading the layout: ask again on each page.
  const pathname = usePathname();
  const reader = usePageReader(pathname);
  const user = reader === undefined ? undefined : (reader?.user ?? null);

  const linkClass = "rounded px-1.5 py-1.5 text-sm font-medium hover:bg-azblue-50 sm:px-3";
  if (user === undefined) return <span className="inline-block w-14" aria-hidden="true" />;
  if (!user) {
    // Both ways in bring the reader back to the page they were reading (an event they want to join).
    const hrefs = returnHrefs(hrefsIn, pathname);
    return (
      <span className="flex items-center gap-1">
        {/* Not prefetched: the forms are seldom the next page, and a prefetch of a rewritten
            path with a query never settles on a 404 page (the browser never goes idle). */}
        <Link href={hrefs.signIn} prefetch={false} className={`${linkClass} text-azblue-700`}>
          {labels.signIn}
        </Link>
        <Link href={hrefs.signUp} prefetch={false} className={`${linkClass} hidden bg-azblue-600 text-white hover:bg-azblue-700 sm:inline-block`}>
          {labels.signUp}
        </Link>
      </span>
    );
  }
  return (
    <span className="flex items-center gap-1">
      {user.role !== "member" && (
        <Link href={hrefsIn.admin} className={`${linkClass} hidden text-slate-700 sm:inline-block`}>
          {labels.admin}
        </Link>
      )}
      <Link href={hrefsIn.account} className={`${linkClass} inline-flex items-center gap-1.5 text-azblue-700`}>
        {/* On a phone a figure stands for the words, which screen readers still read: with an unread count
            beside it, "Mon compte" pushed the header's buttons onto the site's name at 360 px. */}
        <svg viewBox="0 0 20 20" aria-hidden="true" className="h-5 w-5 sm:hidden" fill="currentColor">
          <circle cx="10" cy="6.5" r="3.5" />
          <path d="M3 17.5c0-3.6 3.1-6 7-6s7 2.4 7 6v.5H3z" />
        </svg>
        <span className="sr-only sm:not-sr-only">{labels.account}</span>
        {/* The member's unread notifications (server/notifications.ts), in the same answer as their name: no second shift. */}
        {user.unread > 0 && (
          <span className="rounded-full bg-azred-600 px-1.5 text-xs font-semibold leading-5 text-white" data-testid="unread-count">
            <span aria-hidden="true">{user.unread > 99 ? "99+" : user.unread}</span>
            <span className="sr-only">{user.unread === 1 ? labels.unreadOne : labels.unreadMany.replace(UNREAD_MARK, String(user.unread))}</span>
          </span>
        )}
      </Link>
    </span>
  );
}
