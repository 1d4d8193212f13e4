"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useReader } from "./reader/use-reader";

type Labels = { signIn: string; signUp: string; account: string; admin: string };
/** The localized addresses, from the server: next-intl's client navigation would ship its formatter to every page. */
type Hrefs = { signIn: string; signUp: string; account: string; admin: string };

/**
 * Public pages are the same for everyone and come from the cache, so the
 * account links are filled in by the browser from /api/reader, like the
 * page's other islands.
 */
export function AccountMenu({ labels, hrefs }: { labels: Labels; hrefs: Hrefs }) {
  // Signing in or out navigates without reloading the layout: ask again on each page.
  const [reader] = useReader("", usePathname());
  const user = reader === undefined ? undefined : (reader?.user ?? null);

  const linkClass = "rounded px-2 py-1.5 text-sm font-medium hover:bg-azblue-50 sm:px-3";
  if (user === undefined) return <span className="inline-block w-14" aria-hidden="true" />;
  if (!user) {
    return (
      <span className="flex items-center gap-1">
        <Link href={hrefs.signIn} className={`${linkClass} text-azblue-700`}>
          {labels.signIn}
        </Link>
        <Link href={hrefs.signUp} className={`${linkClass} hidden bg-azblue-600 text-white hover:bg-azblue-700 sm:inline-block`}>
          {labels.signUp}
        </Link>
      </span>
    );
  }
  return (
    <span className="flex items-center gap-1">
      {user.role !== "member" && (
        <Link href={hrefs.admin} className={`${linkClass} hidden text-slate-700 sm:inline-block`}>
          {labels.admin}
        </Link>
      )}
      <Link href={hrefs.account} className={`${linkClass} text-azblue-700`}>
        {labels.account}
      </Link>
    </span>
  );
}
