"use client";

import { useActionState } from "react";
import { saveEventAction, type EventFormState, type EventValues } from "@/actions/agenda-admin";
import type { Locale } from "@/i18n/routing";
import { initialFormState } from "@/lib/validation/form-state";
import { CoverField, type CoverLabels } from "../../forms/cover-field";
import { FormError } from "../../forms/form-error";
import { SubmitButton } from "../../forms/submit-button";
import { TextField } from "../../forms/text-field";
import { SelectField } from "../../forms/select-field";
import { VersionFields, type VersionLabels } from "./version-fields";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { OrganiserFields } from "./organiser-fields";

export type EventFormLabels = {
  organisers: string;
  organisersHint: string;
  category: string;
  status: string;
  draft: string;
  published: string;
  startsAt: string;
  endsAt: string;
  parisHint: string;
  capacity: string;
  capacityHint: string;
  price: string;
  priceHint: string;
  closesAt: string;
  closesAtHint: string;
  reminderHours: string;
  reminderHoursHint: string;
  cover: CoverLabels;
  save: string;
  saving: string;
  version: VersionLabels;
  languages: Record<Locale, string>;
};

type Props = {
  locale: Locale;
  eventId: string | null;
  initial: Partial<EventValues>;
  categories: { value: string; label: string }[];
  /** Checkbox names (`organiser_embassy`…) and their labels: only the organisations the editor may choose. */
  organisers: { value: string; label: string }[];
  labels: EventFormLabels;
};

/** Both languages side by side; times typed in Paris time; every error next to its field. */
export function EventForm({ locale, eventId, initial, categories, organisers, labels }: Props) {
  const [state, action] = useActionState<EventFormState, FormData>(saveEventAction, initialFormState);
  const failed = state.ok ? undefined : state;
  const values = failed && Object.keys(failed.values).length ? failed.values : initial;
  const errors = failed?.fieldErrors ?? {};

  return (
    <form action={action} noValidate className="space-y-6">
      <HiddenFields values={{ locale, id: eventId }} />
      <FormError message={failed?.formError} />
      {/* The revision the form was opened at: a save over someone else's later edit is refused (server/agenda/mutations.ts). */}
      <input type="hidden" name="revision" value={values.revision ?? ""} />
      <OrganiserFields legend={labels.organisers} hint={labels.organisersHint} options={organisers} values={values} error={errors.organisers} />
      <div className="grid gap-4 md:grid-cols-3">
        {/* React does not update a select's default after mounting, and the form is reset after each answer: a new key remounts it. */}
        <SelectField key={`category-${values.category ?? ""}`} name="category" label={labels.category} options={categories} defaultValue={values.category} error={errors.category} />
        <SelectField
          key={`status-${values.status ?? "draft"}`}
          name="status"
          label={labels.status}
          options={[
            { value: "draft", label: labels.draft },
            { value: "published", label: labels.published },
          ]}
          defaultValue={values.status ?? "draft"}
          error={errors.status}
        />
        <TextField name="capacity" type="number" inputMode="numeric" min={1} label={labels.capacity} hint={labels.capacityHint} defaultValue={values.capacity} error={errors.capacity} />
        <TextField name="startsAt" type="datetime-local" required label={labels.startsAt} hint={labels.parisHint} defaultValue={values.startsAt} error={errors.startsAt} />
        <TextField name="endsAt" type="datetime-local" required label={labels.endsAt} hint={labels.parisHint} defaultValue={values.endsAt} error={errors.endsAt} />
        <TextField name="price" inputMode="decimal" label={labels.price} hint={labels.priceHint} maxLength={20} defaultValue={values.price} error={errors.price} />
        <TextField name="registrationClosesAt" type="datetime-local" label={labels.closesAt} hint={labels.closesAtHint} defaultValue={values.registrationClosesAt} error={errors.registrationClosesAt} />
        <TextField name="reminderHours" type="number" inputMode="numeric" min={1} max={720} label={labels.reminderHours} hint={labels.reminderHoursHint} defaultValue={values.reminderHours} error={errors.reminderHours} />
      </div>
      <div className="max-w-md">
        <CoverField key={values.cover ?? ""} initial={values.cover ?? ""} labels={labels.cover} error={errors.cover} />
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        {(["fr", "az"] as const).map((versionLocale) => (
          <VersionFields key={versionLocale} locale={versionLocale} legend={labels.languages[versionLocale]} labels={labels.version} values={values} errors={errors} />
        ))}
      </div>
      <div className="max-w-xs">
        <SubmitButton label={labels.save} pendingLabel={labels.saving} />
      </div>
    </form>
  );
}
