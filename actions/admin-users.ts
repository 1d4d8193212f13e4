"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { banSchema, organisationsChangeSchema, roleChangeSchema, tickedOrganisations } from "@/lib/validation/account";
import type { ErrorKey, FormState } from "@/lib/validation/form";
import { validatedAction, type Answer } from "@/server/form-action";
import { changeUserRole, setUserBanned, setUserOrganisations, type ManageResult } from "@/server/user-admin";
import type { Locale } from "@/i18n/routing";

const reasonKeys: Record<Exclude<ManageResult, { ok: true }>["reason"], ErrorKey> = {
  forbidden: "forbidden",
  self: "notSelf",
  notFound: "userNotFound",
  lastAdmin: "lastAdmin",
};

// The form's fields are hidden (a row's user) or a choice: its first error is the whole answer.
const firstError = (errors: Partial<Record<string, ErrorKey>>): ErrorKey => Object.values(errors)[0] ?? "formInvalid";

async function answer(locale: Locale, t: (key: ErrorKey) => string, result: ManageResult, done: "roleChanged" | "bannedDone" | "unbannedDone" | "organisationsChanged"): Answer<FormState> {
  if (!result.ok) return { ok: false, fieldErrors: {}, formError: t(reasonKeys[result.reason]), values: {} };
  revalidatePath("/[locale]/admin/utilisateurs", "page");
  return { ok: true, message: (await getTranslations({ locale, namespace: "AdminUsers" }))(done) };
}

export const changeRoleAction = validatedAction({ schema: roleChangeSchema, invalid: firstError }, async (data, { caller, locale, t }): Answer<FormState> =>
  answer(locale, t, await changeUserRole(caller, data.userId, data.role), "roleChanged"),
);

export const setBanAction = validatedAction({ schema: banSchema, invalid: firstError }, async (data, { caller, locale, t }): Answer<FormState> =>
  answer(locale, t, await setUserBanned(caller, data.userId, data.banned, data.banned ? data.reason : undefined), data.banned ? "bannedDone" : "unbannedDone"),
);

export const setOrganisationsAction = validatedAction({ schema: organisationsChangeSchema, invalid: firstError }, async (data, { caller, locale, t }): Answer<FormState> =>
  answer(locale, t, await setUserOrganisations(caller, data.userId, tickedOrganisations(data)), "organisationsChanged"),
);
