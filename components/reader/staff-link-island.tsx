"use client";

import Link from "next/link";
import { useReader } from "./use-reader";

/** A link only editors and admins see (the page it leads to checks the role again). */
export function StaffLinkIsland({ query, href, label }: { query: string; href: string; label: string }) {
  const [reader] = useReader(query);
  if (!reader?.user || reader.user.role === "member") return null;
  return (
    <p>
      <Link href={href} className="inline-block rounded-md border border-slate-300 bg-slate-50 px-4 py-2 font-medium text-slate-800 hover:bg-slate-100">
        {label}
      </Link>
    </p>
  );
}
