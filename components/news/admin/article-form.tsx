"use client";

import { useActionState, useEffect } from "react";
import { saveArticleAction, type ArticleFormState } from "@/actions/news";
import type { ArticleValues } from "@/lib/validation/article";
import type { Organisation } from "@/db/schema";
import type { Locale } from "@/i18n/routing";
import { FormError } from "../../forms/form-error";
import { CoverField, type CoverLabels } from "../../forms/cover-field";
import { describedBy, FieldMessages, inputClass } from "../../forms/field-messages";
import { FormButtons } from "./form-buttons";
import { PreviewPanel } from "./preview-panel";
import { VersionFields, type VersionLabels } from "./version-fields";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { OrganiserFields } from "@/components/agenda/admin/organiser-fields";

export type ArticleFormLabels = {
  versions: Record<Locale, VersionLabels>;
  settings: string;
  organisation: string;
  organisationChoose: string;
  organisations: Partial<Record<Organisation, string>>;
  cosigners: { legend: string; hint: string; options: { value: string; label: string }[] };
  status: string;
  statuses: { draft: string; published: string };
  publishedAt: string;
  publishedAtHint: string;
  cover: CoverLabels;
  buttons: { save: string; saving: string; preview: string; previewing: string };
  previewTitle: string;
  notify: { label: string; hint: string; sent: string };
  upToDate: Record<Locale, { label: string; hint: string }>;
};

/**
 * "Send to subscribers": ticked by default for a new article or a draft, not
 * for a correction of a published one; gone once the article was sent.
 */
export type NotifyState = { defaultOn: boolean; sent: boolean };

/** `outdated`: the versions that may be out of date, which get the "up to date" box. */
type Props = { locale: Locale; articleId: string | null; initial: Partial<ArticleValues>; labels: ArticleFormLabels; notify: NotifyState; outdated?: Locale[] };

const initialState: ArticleFormState = { ok: false, fieldErrors: {}, values: {} };

/** French and Azerbaijani side by side, then what applies to both. */
export function ArticleForm({ locale, articleId, initial, labels, notify, outdated = [] }: Props) {
  const [state, action] = useActionState(saveArticleAction, initialState);
  const failed = state.ok ? undefined : state;
  // After any answer the form shows what was typed, not what was saved before.
  const values: Partial<ArticleValues> = failed?.values && Object.keys(failed.values).length ? failed.values : initial;
  const errors = failed?.fieldErrors ?? {};
  const preview = failed?.preview;

  useEffect(() => {
    if (preview) document.getElementById("preview-title")?.focus();
  }, [preview]);

  const version = (l: Locale) => ({
    title: values[`title_${l}`],
    slug: values[`slug_${l}`],
    summary: values[`summary_${l}`],
    body: values[`body_${l}`],
    coverAlt: values[`coverAlt_${l}`],
  });
  const versionErrors = (l: Locale) => ({
    title: errors[`title_${l}`],
    slug: errors[`slug_${l}`],
    summary: errors[`summary_${l}`],
    body: errors[`body_${l}`],
    coverAlt: errors[`coverAlt_${l}`],
  });

  // With a preview, on a wide screen the fields take the first column and the preview the second, sticky beside them.
  const besideClass = "space-y-6 lg:grid lg:grid-cols-2 lg:gap-x-8 lg:gap-y-6 lg:space-y-0 lg:[&>*]:col-start-1";
  return (
    <form action={action} noValidate className={preview ? besideClass : "space-y-6"}>
      <HiddenFields values={{ locale, id: articleId }} />
      <FormError message={failed?.formError} />
      {/* The revision the form was opened at: a save over someone else's later edit is refused (server/news/mutations.ts). */}
      <input type="hidden" name="revision" value={values.revision ?? ""} />
      <div className={preview ? "grid gap-6" : "grid gap-6 lg:grid-cols-2"}>
        {(["fr", "az"] as const).map((l) => (
          <VersionFields
            key={l}
            locale={l}
            labels={labels.versions[l]}
            upToDate={outdated.includes(l) ? { ...labels.upToDate[l], checked: (failed?.values as Record<string, string> | undefined)?.[`upToDate_${l}`] === "on" } : undefined}
            values={version(l)}
            errors={versionErrors(l)}
          />
        ))}
      </div>
      <fieldset className="grid gap-4 rounded-xl border border-slate-200 p-4 md:grid-cols-2">
        <legend className="px-1 text-lg font-semibold">{labels.settings}</legend>
        <div className="space-y-1">
          <label htmlFor="field-organisation" className="block font-medium">
            {labels.organisation}
          </label>
          {/* React does not update a select's default after mounting, and the form is reset after each answer: a new key remounts it. */}
          <select key={values.organisation ?? ""} id="field-organisation" name="organisation" defaultValue={values.organisation ?? ""} className={inputClass(errors.organisation)} aria-describedby={describedBy("field-organisation", undefined, errors.organisation)}>
            <option value="" disabled>
              {labels.organisationChoose}
            </option>
            {Object.entries(labels.organisations).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          <FieldMessages id="field-organisation" error={errors.organisation} />
        </div>
        <OrganiserFields legend={labels.cosigners.legend} hint={labels.cosigners.hint} options={labels.cosigners.options} values={values} />
        <fieldset className="space-y-1">
          <legend className="font-medium">{labels.status}</legend>
          {(["draft", "published"] as const).map((status) => (
            <label key={status} className="flex items-center gap-2">
              <input type="radio" name="status" value={status} defaultChecked={(values.status ?? "draft") === status} />
              {labels.statuses[status]}
            </label>
          ))}
          <FieldMessages id="field-status" error={errors.status} />
        </fieldset>
        <div className="space-y-1">
          <label htmlFor="field-publishedAt" className="block font-medium">
            {labels.publishedAt}
          </label>
          <input
            id="field-publishedAt"
            name="publishedAt"
            type="datetime-local"
            defaultValue={values.publishedAt}
            aria-invalid={errors.publishedAt ? true : undefined}
            aria-describedby={describedBy("field-publishedAt", labels.publishedAtHint, errors.publishedAt)}
            className={inputClass(errors.publishedAt)}
          />
          <FieldMessages id="field-publishedAt" hint={labels.publishedAtHint} error={errors.publishedAt} />
        </div>
        <CoverField key={values.cover ?? ""} initial={values.cover ?? ""} labels={labels.cover} error={errors.cover} />
        <div className="space-y-1 md:col-span-2">
          {notify.sent ? (
            <p className="text-slate-700">{labels.notify.sent}</p>
          ) : (
            <>
              <label className="flex items-center gap-2 font-medium">
                <input
                  key={failed ? "answered" : "initial"}
                  type="checkbox"
                  name="notify"
                  value="on"
                  defaultChecked={failed && Object.keys(failed.values).length ? (failed.values as Record<string, string>).notify === "on" : notify.defaultOn}
                  aria-describedby="field-notify-hint"
                  className="h-4 w-4"
                />
                {labels.notify.label}
              </label>
              <p id="field-notify-hint" className="text-sm text-slate-600">
                {labels.notify.hint}
              </p>
            </>
          )}
        </div>
      </fieldset>
      <FormButtons labels={labels.buttons} />
      {preview && (
        <div className="lg:!col-start-2 lg:row-span-4 lg:row-start-1 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto">
          <PreviewPanel preview={preview} labels={{ title: labels.previewTitle, versions: { fr: labels.versions.fr.legend, az: labels.versions.az.legend } }} />
        </div>
      )}
    </form>
  );
}
