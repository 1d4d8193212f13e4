import "server-only";
import { getTranslations } from "next-intl/server";
import { organisations, type Organisation } from "@/db/schema";
import type { Locale } from "@/i18n/routing";
import { coverFieldLabels } from "../../forms/cover-field-labels";
import type { ArticleFormLabels } from "./article-form";

/**
 * Every string of the article form, in the editor's language; client components get them as props.
 * `offered`: the organisations the editor may publish for (server/organisations/membership.ts), the only ones the form lists.
 */
export async function articleFormLabels(locale: Locale, offered: readonly Organisation[]): Promise<ArticleFormLabels> {
  const t = await getTranslations({ locale, namespace: "NewsAdmin" });
  const tNews = await getTranslations({ locale, namespace: "News" });
  const tJoint = await getTranslations({ locale, namespace: "JointStatements" });
  const version = (l: Locale) => ({
    legend: t(`form.version.${l}`),
    hint: t("form.versionHint"),
    title: t("form.title"),
    slug: t("form.slug"),
    slugHint: t("form.slugHint"),
    summary: t("form.summary"),
    body: t("form.body"),
    bodyHint: t("form.bodyHint"),
    coverAlt: t("form.coverAlt"),
    coverAltHint: t("form.coverAltHint"),
  });
  return {
    versions: { fr: version("fr"), az: version("az") },
    settings: t("form.settings"),
    organisation: t("form.organisation"),
    organisationChoose: t("form.organisationChoose"),
    organisations: Object.fromEntries(offered.map((o) => [o, tNews(`organisation.${o}`)])) as ArticleFormLabels["organisations"],
    // Any organisation may be asked to co-sign: it approves (or not) through its own editors.
    cosigners: { legend: tJoint("cosigners"), hint: tJoint("cosignersHint"), options: organisations.map((o) => ({ value: `cosigner_${o}`, label: tNews(`organisation.${o}`) })) },
    status: t("form.status"),
    statuses: { draft: t("form.statusDraft"), published: t("form.statusPublished") },
    publishedAt: t("form.publishedAt"),
    publishedAtHint: t("form.publishedAtHint"),
    cover: await coverFieldLabels(locale, "NewsAdmin"),
    buttons: { save: t("form.save"), saving: t("form.saving"), preview: t("form.preview"), previewing: t("form.previewing") },
    previewTitle: t("form.previewTitle"),
    notify: { label: t("form.notify"), hint: t("form.notifyHint"), sent: t("form.notifySent") },
    upToDate: {
      fr: { label: t("translation.upToDate", { lang: "fr" }), hint: t("translation.upToDateHint") },
      az: { label: t("translation.upToDate", { lang: "az" }), hint: t("translation.upToDateHint") },
    },
  };
}
