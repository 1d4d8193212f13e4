import { getTranslations } from "next-intl/server";
import { Fragment } from "react";
import type { Organisation } from "@/db/schema";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { organisationHref } from "@/lib/organisations/organisation-urls";

/** Organisations by name, each a link to its page, joined as the language joins a list ("A, B et C"). */
export async function OrganisationLinks({ locale, organisations, className }: { locale: Locale; organisations: Organisation[]; className?: string }) {
  const tOrg = await getTranslations({ locale, namespace: "News.organisation" });
  const parts = new Intl.ListFormat(locale, { type: "conjunction" }).formatToParts(organisations.map((o) => tOrg(o)));
  let index = 0;
  return (
    <>
      {parts.map((part, i) => {
        if (part.type === "literal") return <Fragment key={i}>{part.value}</Fragment>;
        const organisation = organisations[index++];
        return (
          <Link key={i} href={organisationHref(organisation, locale)} className={className ?? "font-medium text-azblue-700 underline underline-offset-2"}>
            {part.value}
          </Link>
        );
      })}
    </>
  );
}
