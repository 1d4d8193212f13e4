"use client";

import { useRef } from "react";
import type { Locale } from "@/i18n/routing";
import { slugify } from "@/lib/slug";
import { describedBy, FieldMessages, inputClass } from "../../forms/field-messages";

export type VersionLabels = { legend: string; hint: string; title: string; slug: string; slugHint: string; summary: string; body: string; bodyHint: string; coverAlt: string; coverAltHint: string };
type Field = "title" | "slug" | "summary" | "body" | "coverAlt";

/** Shown beside a version that may be out of date: "this translation is up to date", its text unchanged. */
export type UpToDateField = { label: string; hint: string; checked: boolean };

type Props = {
  locale: Locale;
  labels: VersionLabels;
  upToDate?: UpToDateField;
  values: Partial<Record<Field, string>>;
  errors: Partial<Record<Field, string>>;
};

/** One language version. The slug follows the title until the editor types one. */
export function VersionFields({ locale, labels, upToDate, values, errors }: Props) {
  const slugRef = useRef<HTMLInputElement>(null);
  const slugTyped = useRef(Boolean(values.slug));
  const id = (field: Field) => `field-${field}_${locale}`;
  const name = (field: Field) => `${field}_${locale}`;
  const aria = (field: Field, hint?: string) => ({
    id: id(field),
    name: name(field),
    lang: locale,
    "aria-invalid": errors[field] ? true : undefined,
    "aria-describedby": describedBy(id(field), hint, errors[field]),
    className: inputClass(errors[field]),
  });

  return (
    <fieldset className="space-y-4 rounded-xl border border-slate-200 p-4">
      <legend className="px-1 text-lg font-semibold">{labels.legend}</legend>
      <p className="text-sm text-slate-600">{labels.hint}</p>
      {upToDate && (
        <div className="space-y-1 rounded-md border border-amber-300 bg-amber-50 p-3">
          <label className="flex items-center gap-2 font-medium">
            <input type="checkbox" name={`upToDate_${locale}`} value="on" defaultChecked={upToDate.checked} aria-describedby={`upToDate_${locale}-hint`} className="h-4 w-4" />
            {upToDate.label}
          </label>
          <p id={`upToDate_${locale}-hint`} className="text-sm text-slate-700">
            {upToDate.hint}
          </p>
        </div>
      )}
      <div className="space-y-1">
        <label htmlFor={id("title")} className="block font-medium">
          {labels.title}
        </label>
        <input
          {...aria("title")}
          defaultValue={values.title}
          maxLength={200}
          onChange={(event) => {
            if (!slugTyped.current && slugRef.current) slugRef.current.value = slugify(event.target.value);
          }}
        />
        <FieldMessages id={id("title")} error={errors.title} />
      </div>
      <div className="space-y-1">
        <label htmlFor={id("slug")} className="block font-medium">
          {labels.slug}
        </label>
        <input
          {...aria("slug", labels.slugHint)}
          ref={slugRef}
          lang={undefined}
          defaultValue={values.slug}
          maxLength={200}
          spellCheck={false}
          onChange={(event) => {
            slugTyped.current = event.target.value !== "";
          }}
        />
        <FieldMessages id={id("slug")} hint={labels.slugHint} error={errors.slug} />
      </div>
      <div className="space-y-1">
        <label htmlFor={id("summary")} className="block font-medium">
          {labels.summary}
        </label>
        <textarea {...aria("summary")} defaultValue={values.summary} rows={3} maxLength={400} />
        <FieldMessages id={id("summary")} error={errors.summary} />
      </div>
      <div className="space-y-1">
        <label htmlFor={id("coverAlt")} className="block font-medium">
          {labels.coverAlt}
        </label>
        <input {...aria("coverAlt", labels.coverAltHint)} defaultValue={values.coverAlt} maxLength={200} />
        <FieldMessages id={id("coverAlt")} hint={labels.coverAltHint} error={errors.coverAlt} />
      </div>
      <div className="space-y-1">
        <label htmlFor={id("body")} className="block font-medium">
          {labels.body}
        </label>
        <textarea {...aria("body", labels.bodyHint)} defaultValue={values.body} rows={16} className={`${inputClass(errors.body)} font-mono text-sm`} />
        <FieldMessages id={id("body")} hint={labels.bodyHint} error={errors.body} />
      </div>
    </fieldset>
  );
}
