import type { ComponentProps } from "react";
import { getFormatter } from "next-intl/server";
import { Link } from "@/i18n/navigation";

type Props = {
  /** Unique on the page: the card is named by its title. */
  id: string;
  title: string;
  count: number;
  /** Where the count leads; leave it out when the reader's role cannot open that page. */
  href?: ComponentProps<typeof Link>["href"];
  linkLabel?: string;
  description?: string;
};

/** One count on the admin home (drafts, pending ideas, reports, new members…). */
export async function DashboardCard({ id, title, count, href, linkLabel, description }: Props) {
  const format = await getFormatter();
  return (
    <article aria-labelledby={`${id}-title`} className="flex flex-col rounded-xl border-t-4 border-azblue-600 bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <h3 id={`${id}-title`} className="font-semibold text-slate-700">
        {title}
      </h3>
      <p className="mt-2 text-4xl font-bold text-azblue-900">{format.number(count)}</p>
      {description && <p className="mt-2 text-sm text-slate-600">{description}</p>}
      {href && linkLabel && (
        <Link href={href} className="mt-auto pt-4 font-medium text-azblue-700 underline underline-offset-2">
          {linkLabel}
        </Link>
      )}
    </article>
  );
}
