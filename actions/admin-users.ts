"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { localeOf } from "@/lib/locale-arg";
import { banSchema, roleChangeSchema } from "@/lib/validation/account";
import { parseForm, type ErrorKey, type FormState } from "@/lib/validation/form";
import { getCurrentUser } from "@/server/session";
import { changeUserRole, setUserBanned, type ManageResult } from "@/server/user-admin";

const reasonKeys: Record<Exclude<ManageResult, { ok: true }>["reason"], ErrorKey> = {
  forbidden: "forbidden",
  self: "notSelf",
  notFound: "userNotFound",
  lastAdmin: "lastAdmin",
};

async function answer(locale: Locale, result: ManageResult, done: "roleChanged" | "bannedDone" | "unbannedDone"): Promise<FormState> {
  if (!result.ok) {
    const tErrors = await getTranslations({ locale, namespace: "Errors" });
    return { ok: false, fieldErrors: {}, formError: tErrors(reasonKeys[result.reason]), values: {} };
  }
  revalidatePath("/[locale]/admin/utilisateurs", "page");
  return { ok: true, message: (await getTranslations({ locale, namespace: "AdminUsers" }))(done) };
}

export async function changeRoleAction(localeArg: Locale, _previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(localeArg);
  const parsed = parseForm(roleChangeSchema, formData);
  if (!parsed.success) {
    const tErrors = await getTranslations({ locale, namespace: "Errors" });
    return { ok: false, fieldErrors: {}, formError: tErrors(Object.values(parsed.fieldErrors)[0] ?? "formInvalid"), values: {} };
  }
  const result = await changeUserRole(await getCurrentUser(), parsed.data.userId, parsed.data.role);
  return answer(locale, result, "roleChanged");
}

export async function setBanAction(localeArg: Locale, _previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(localeArg);
  const parsed = parseForm(banSchema, formData);
  if (!parsed.success) {
    const tErrors = await getTranslations({ locale, namespace: "Errors" });
    return { ok: false, fieldErrors: {}, formError: tErrors(Object.values(parsed.fieldErrors)[0] ?? "formInvalid"), values: {} };
  }
  const result = await setUserBanned(await getCurrentUser(), parsed.data.userId, parsed.data.banned, parsed.data.banned ? parsed.data.reason : undefined);
  return answer(locale, result, parsed.data.banned ? "bannedDone" : "unbannedDone");
}
