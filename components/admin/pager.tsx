import type { ComponentProps } from "react";
import { Link } from "@/i18n/navigation";

type Href = ComponentProps<typeof Link>["href"];
type PagerLink = { href: Href; text: string };

/** Previous/next links of a list, with where the reader is between them. */
export function Pager({ label, previous, next, status }: { label: string; previous?: PagerLink; next?: PagerLink; status?: string }) {
  if (!previous && !next) return null;
  const linkClass = "rounded-md border border-slate-300 px-3 py-1.5 font-medium text-azblue-700 hover:bg-azblue-50";
  return (
    <nav aria-label={label} className="mt-6 flex flex-wrap items-center gap-3">
      {previous && (
        <Link href={previous.href} className={linkClass}>
          {previous.text}
        </Link>
      )}
      {status && <span className="text-slate-600">{status}</span>}
      {next && (
        <Link href={next.href} className={linkClass}>
          {next.text}
        </Link>
      )}
    </nav>
  );
}
