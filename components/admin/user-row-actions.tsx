"use client";

import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { changeRoleAction, setBanAction, setOrganisationsAction } from "@/actions/admin-users";
import type { Locale } from "@/i18n/routing";
import { initialFormState, type FormState } from "@/lib/validation/form-state";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { ConfirmStep } from "@/components/forms/confirm-step";

export type UserRowLabels = {
  roleOf: string;
  changeRole: string;
  banOf: string;
  unbanOf: string;
  ban: string;
  unban: string;
  banReason: string;
  banReasonHint: string;
  banConfirm: string;
  pending: string;
  roles: { value: string; label: string }[];
  organisationsOf: string;
  saveOrganisations: string;
  organisations: { value: string; label: string }[];
};

function RowButton({ label, ariaLabel, pending, tone }: { label: string; ariaLabel?: string; pending: string; tone: "plain" | "danger" }) {
  const status = useFormStatus();
  const colours = tone === "danger" ? "border-azred-600 text-azred-600 hover:bg-red-50" : "border-azblue-600 text-azblue-700 hover:bg-azblue-50";
  return (
    <button type="submit" disabled={status.pending} aria-label={ariaLabel} className={`rounded-md border px-3 py-1.5 text-sm font-medium disabled:opacity-70 ${colours}`}>
      {status.pending ? pending : label}
    </button>
  );
}

function Outcome({ state }: { state: FormState }) {
  const text = state.ok ? state.message : state.formError;
  return (
    <p aria-live="polite" className={`text-sm font-medium ${state.ok ? "text-azgreen-600" : "text-azred-600"}`}>
      {text}
    </p>
  );
}

/**
 * The role and ban controls of one member; the actions check the caller's role again.
 * Suspending is a second step (ConfirmStep, so it works without JavaScript) that asks for the
 * reason the member will be told.
 */
export function UserRowActions({ locale, user, labels }: { locale: Locale; user: { id: string; role: string; banned: boolean; organisations: string[] }; labels: UserRowLabels }) {
  const [roleState, roleAction] = useActionState<FormState, FormData>(changeRoleAction, initialFormState);
  const [banState, banAction] = useActionState<FormState, FormData>(setBanAction, initialFormState);
  const [organisationsState, organisationsAction] = useActionState<FormState, FormData>(setOrganisationsAction, initialFormState);
  const reasonId = `ban-reason-${user.id}`;
  return (
    <div className="space-y-2">
      {/* Keyed by the role: once the page comes back with the new role, the menu shows it (not the one it was reset to). */}
      <form key={user.role} action={roleAction} className="flex flex-wrap items-center gap-2">
        <HiddenFields values={{ locale }} />
        <input type="hidden" name="userId" value={user.id} />
        <select name="role" defaultValue={user.role} aria-label={labels.roleOf} className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm">
          {labels.roles.map((role) => (
            <option key={role.value} value={role.value}>
              {role.label}
            </option>
          ))}
        </select>
        <RowButton label={labels.changeRole} pending={labels.pending} tone="plain" />
      </form>
      <Outcome state={roleState} />
      {/* An editor speaks for the organisations ticked here; an admin for all of them. */}
      {user.role === "editor" && (
        <form key={user.organisations.join()} action={organisationsAction} className="space-y-1">
          <HiddenFields values={{ locale }} />
          <input type="hidden" name="userId" value={user.id} />
          <fieldset>
            <legend className="text-sm font-medium">{labels.organisationsOf}</legend>
            {labels.organisations.map((organisation) => (
              <label key={organisation.value} className="flex min-h-7 items-center gap-2 text-sm">
                <input type="checkbox" name={`organisation_${organisation.value}`} defaultChecked={user.organisations.includes(organisation.value)} />
                {organisation.label}
              </label>
            ))}
          </fieldset>
          <RowButton label={labels.saveOrganisations} pending={labels.pending} tone="plain" />
        </form>
      )}
      {user.role === "editor" && <Outcome state={organisationsState} />}
      {user.banned ? (
        <form action={banAction}>
          <HiddenFields values={{ locale }} />
          <input type="hidden" name="userId" value={user.id} />
          <input type="hidden" name="banned" value="false" />
          <RowButton label={labels.unban} ariaLabel={labels.unbanOf} pending={labels.pending} tone="plain" />
        </form>
      ) : (
        <ConfirmStep label={labels.ban} ariaLabel={labels.banOf}>
          <form action={banAction} className="space-y-2">
            <HiddenFields values={{ locale }} />
            <input type="hidden" name="userId" value={user.id} />
            <input type="hidden" name="banned" value="true" />
            <label htmlFor={reasonId} className="block text-sm font-medium">
              {labels.banReason}
            </label>
            <textarea id={reasonId} name="reason" required minLength={3} maxLength={500} rows={2} aria-describedby={`${reasonId}-hint`} className="block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm" />
            <p id={`${reasonId}-hint`} className="text-xs text-slate-600">
              {labels.banReasonHint}
            </p>
            <RowButton label={labels.banConfirm} pending={labels.pending} tone="danger" />
          </form>
        </ConfirmStep>
      )}
      <Outcome state={banState} />
    </div>
  );
}
