"use client";

import { useActionState } from "react";
import { CoverField, type CoverLabels } from "@/components/forms/cover-field";
import { FormError } from "@/components/forms/form-error";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { PendingButton } from "@/components/forms/pending-button";
import { SelectField } from "@/components/forms/select-field";
import { TextAreaField } from "@/components/forms/text-area-field";
import { TextField } from "@/components/forms/text-field";
import { initialFormState, type FormState } from "@/lib/validation/form-state";

type Language = "fr" | "az";
export type MilestoneFormLabels = {
  date: string;
  dateHint: string;
  status: string;
  statusChoose: string;
  statuses: { value: string; label: string }[];
  textHint: string;
  text: Record<Language, string>;
  reason: Record<Language, string>;
  reasonHint: string;
  photo: CoverLabels;
  photoAlt: Record<Language, string>;
  photoAltHint: string;
  save: string;
  saving: string;
};

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** `locale` and the idea (a new step) or the step (an edit). */
  hidden: Record<string, string | number | undefined>;
  /** The step as saved (an edit), by field name. */
  initial?: Record<string, string>;
  labels: MilestoneFormLabels;
  /** Makes the fields' ids unique on a page that has several of these forms. */
  prefix: string;
};

const languages: Language[] = ["fr", "az"];

/**
 * Adds or changes a step of a retained idea: its date, status, text in one
 * language or both, the reason of an abandoned step, an optional photo with
 * its description. Posted without JavaScript too (the photo then needs it, as
 * covers do); after a refusal every field comes back as typed.
 */
export function MilestoneForm({ action, hidden, initial = {}, labels, prefix }: Props) {
  const [state, formAction] = useActionState<FormState, FormData>(action, initialFormState);
  const errors: Record<string, string | undefined> = state.ok ? {} : state.fieldErrors;
  const typed: Record<string, string | undefined> = state.ok ? {} : state.values;
  const value = (name: string) => typed[name] ?? initial[name] ?? "";
  const id = (name: string) => `${prefix}-${name}`;
  // A refused form remounts its fields with what was typed (an uncontrolled field keeps its first value otherwise).
  const key = state.ok ? "saved" : JSON.stringify(state.values);
  return (
    <form action={formAction} noValidate className="space-y-4" key={key}>
      <HiddenFields values={hidden} />
      <FormError message={state.ok ? undefined : state.formError} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id={id("date")} name="date" type="date" label={labels.date} hint={labels.dateHint} error={errors.date} defaultValue={value("date")} required />
        <SelectField
          id={id("status")}
          name="status"
          label={labels.status}
          error={errors.status}
          defaultValue={value("status")}
          options={[{ value: "", label: labels.statusChoose }, ...labels.statuses]}
          required
        />
      </div>
      <p className="text-sm text-slate-700">{labels.textHint}</p>
      {languages.map((language) => (
        <TextAreaField key={language} id={id(`text_${language}`)} name={`text_${language}`} lang={language} label={labels.text[language]} error={errors[`text_${language}`]} defaultValue={value(`text_${language}`)} rows={3} />
      ))}
      <fieldset className="space-y-3">
        <legend className="text-sm text-slate-700">{labels.reasonHint}</legend>
        {languages.map((language) => (
          <TextAreaField key={language} id={id(`reason_${language}`)} name={`reason_${language}`} lang={language} label={labels.reason[language]} error={errors[`reason_${language}`]} defaultValue={value(`reason_${language}`)} rows={2} />
        ))}
      </fieldset>
      <CoverField id={id("photo")} name="photo" initial={value("photo")} labels={labels.photo} error={errors.photo} />
      <fieldset className="space-y-3">
        <legend className="text-sm text-slate-700">{labels.photoAltHint}</legend>
        {languages.map((language) => (
          <TextField key={language} id={id(`photoAlt_${language}`)} name={`photoAlt_${language}`} lang={language} label={labels.photoAlt[language]} error={errors[`photoAlt_${language}`]} defaultValue={value(`photoAlt_${language}`)} />
        ))}
      </fieldset>
      <PendingButton label={labels.save} pendingLabel={labels.saving} className="bg-azblue-600 text-white hover:bg-azblue-700" />
    </form>
  );
}
