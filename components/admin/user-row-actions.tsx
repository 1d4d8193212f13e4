"use client";

import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { changeRoleAction, setBanAction } from "@/actions/admin-users";
import type { Locale } from "@/i18n/routing";
import { initialFormState, type FormState } from "@/lib/validation/form-state";
import { HiddenFields } from "@/components/forms/hidden-fields";

export type UserRowLabels = {
  roleOf: string;
  changeRole: string;
  banOf: string;
  unbanOf: string;
  ban: string;
  unban: string;
  pending: string;
  roles: { value: string; label: string }[];
};

function RowButton({ label, ariaLabel, pending, tone }: { label: string; ariaLabel?: string; pending: string; tone: "plain" | "danger" }) {
  const status = useFormStatus();
  const colours = tone === "danger" ? "border-azred-600 text-azred-600 hover:bg-red-50" : "border-azblue-600 text-azblue-700 hover:bg-azblue-50";
  return (
    <button type="submit" disabled={status.pending} aria-label={ariaLabel} className={`whitespace-nowrap rounded-md border px-3 py-1.5 text-sm font-medium disabled:opacity-70 ${colours}`}>
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

/** The role and ban controls of one member; the actions check the caller's role again. */
export function UserRowActions({ locale, user, labels }: { locale: Locale; user: { id: string; role: string; banned: boolean }; labels: UserRowLabels }) {
  const [roleState, roleAction] = useActionState<FormState, FormData>(changeRoleAction, initialFormState);
  const [banState, banAction] = useActionState<FormState, FormData>(setBanAction, initialFormState);
  return (
    <div className="space-y-2">
      <form action={roleAction} className="flex items-center gap-2">
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
      <form action={banAction}>
        <HiddenFields values={{ locale }} />
        <input type="hidden" name="userId" value={user.id} />
        <input type="hidden" name="banned" value={user.banned ? "false" : "true"} />
        <RowButton
          label={user.banned ? labels.unban : labels.ban}
          ariaLabel={user.banned ? labels.unbanOf : labels.banOf}
          pending={labels.pending}
          tone={user.banned ? "plain" : "danger"}
        />
      </form>
      <Outcome state={banState} />
    </div>
  );
}
