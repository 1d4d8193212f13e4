import type { ComponentProps } from "react";
import { Link } from "@/i18n/navigation";

type Href = ComponentProps<typeof Link>["href"];
export type FilterLink = { key: string; href: Href; label: string; active: boolean };

const tones = {
  blue: "bg-azblue-600 text-white ring-azblue-600",
  green: "bg-azgreen-600 text-white ring-azgreen-600",
} as const;

/**
 * A filter as a row of links rather than a form: each choice is an address a
 * reader can share, and the current one says so (`aria-current`).
 */
export function FilterLinks({ label, links, tone = "blue" }: { label: string; links: FilterLink[]; tone?: keyof typeof tones }) {
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-2">
        {links.map((link) => (
          <li key={link.key}>
            <Link
              href={link.href}
              aria-current={link.active ? "page" : undefined}
              className={`inline-block rounded-full px-3 py-1 text-sm font-medium ring-1 ${link.active ? tones[tone] : "bg-white text-slate-700 ring-slate-300 hover:bg-azblue-50"}`}
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
