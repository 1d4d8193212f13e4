import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { organisationHref } from "@/lib/organisations/organisation-urls";
import type { Organisation } from "@/db/schema";

/** When the article was published and which organisation speaks in it (a link to its page); a joint statement names every signer. */
export async function ArticleMeta({ publishedAt, organisation, signers = [organisation] }: { publishedAt: Date; organisation: Organisation; signers?: Organisation[] }) {
  const t = await getTranslations("News");
  const tJoint = await getTranslations("JointStatements");
  const format = await getFormatter();
  const locale = (await getLocale()) as Locale;
  return (
    <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600">
      <time dateTime={publishedAt.toISOString()}>{format.dateTime(publishedAt, { dateStyle: "long" })}</time>
      {signers.length > 1 && <span className="font-medium text-slate-700">{tJoint("publicLabel")}</span>}
      {signers.map((signer) => (
        <Link key={signer} href={organisationHref(signer, locale)} className="rounded-full bg-azblue-50 px-2.5 py-0.5 font-medium text-azblue-700 underline-offset-2 hover:underline">
          {t(`organisation.${signer}`)}
        </Link>
      ))}
    </p>
  );
}
