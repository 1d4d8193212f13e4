import type { EventValues } from "@/actions/agenda-admin";
import type { Locale } from "@/i18n/routing";
import { TextField } from "../../forms/text-field";
import { TextAreaField } from "../../forms/text-area-field";

export type VersionLabels = { title: string; slug: string; slugHint: string; summary: string; place: string; body: string; bodyHint: string; coverAlt: string; coverAltHint: string };

type Props = {
  locale: Locale;
  legend: string;
  labels: VersionLabels;
  values: Partial<EventValues>;
  errors: Partial<Record<string, string>>;
};

/** One language's texts: the legend names the language, so labels can repeat; the inputs carry its lang. */
export function VersionFields({ locale, legend, labels, values, errors }: Props) {
  const field = (name: "title" | "slug" | "summary" | "place" | "body" | "coverAlt") => `${name}_${locale}` as const;
  return (
    <fieldset className="space-y-3 rounded-xl border border-slate-200 p-4">
      <legend className="px-1 text-lg font-semibold">{legend}</legend>
      <TextField name={field("title")} lang={locale} label={labels.title} maxLength={200} defaultValue={values[field("title")]} error={errors[field("title")]} />
      <TextField name={field("slug")} lang={locale} label={labels.slug} hint={labels.slugHint} maxLength={80} defaultValue={values[field("slug")]} error={errors[field("slug")]} />
      <TextAreaField name={field("summary")} lang={locale} label={labels.summary} rows={2} maxLength={400} defaultValue={values[field("summary")]} error={errors[field("summary")]} />
      <TextField name={field("place")} lang={locale} label={labels.place} maxLength={200} defaultValue={values[field("place")]} error={errors[field("place")]} />
      <TextField name={field("coverAlt")} lang={locale} label={labels.coverAlt} hint={labels.coverAltHint} maxLength={200} defaultValue={values[field("coverAlt")]} error={errors[field("coverAlt")]} />
      <TextAreaField name={field("body")} lang={locale} label={labels.body} hint={labels.bodyHint} rows={10} defaultValue={values[field("body")]} error={errors[field("body")]} />
    </fieldset>
  );
}
