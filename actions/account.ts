"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { deleteAccountSchema, emailChangeSchema, passwordChangeSchema, profileSchema } from "@/lib/validation/account";
import type { FormState } from "@/lib/validation/form";
import { deleteOwnAccount } from "@/server/account-data";
import { signIn, signOut } from "@/server/auth";
import { validatedAction, type Answer } from "@/server/form-action";
import { changeEmail, changePassword, updateProfile } from "@/server/profile";
import { renewalTicket } from "@/server/second-factor/sign-in";
import { currentRequestContext, rememberLocale } from "@/server/request-context";
import { revalidateMemberContent } from "@/server/revalidate-member-content";

export type ProfileValues = { name: string; preferredLocale: string };
export type EmailValues = { email: string };
type NoValues = Record<string, never>;

export const updateProfileAction = validatedAction(
  { schema: profileSchema, keep: ["name", "preferredLocale"], signedIn: true },
  async (data, { caller, locale, t, fail }): Answer<FormState<ProfileValues>> => {
    const result = await updateProfile(caller, data);
    if (!result.ok) return fail(t("sessionExpired"));
    await rememberLocale(data.preferredLocale);
    revalidatePath("/[locale]/compte", "page");
    revalidateMemberContent();
    return { ok: true, message: (await getTranslations({ locale, namespace: "Account" }))("profileSaved") };
  },
);

export const changeEmailAction = validatedAction(
  { schema: emailChangeSchema, keep: ["email"], signedIn: true },
  async (data, { caller, locale, t, fail }): Answer<FormState<EmailValues>> => {
    const result = await changeEmail(caller, data, await currentRequestContext());
    if (!result.ok) {
      if (result.reason === "unauthorized") return fail(t("sessionExpired"));
      if (result.reason === "throttled") return fail(t("throttled"));
      return fail(t("formInvalid"), { currentPassword: t("passwordWrong") });
    }
    revalidatePath("/[locale]/compte", "page");
    return { ok: true, message: (await getTranslations({ locale, namespace: "Account" }))("emailChanged") };
  },
);

export const changePasswordAction = validatedAction(
  { schema: passwordChangeSchema, signedIn: true },
  async (data, { caller, t, fail, go }): Answer<FormState<NoValues>> => {
    const result = await changePassword(caller, data, await currentRequestContext());
    if (!result.ok) {
      if (result.reason === "unauthorized") return fail(t("sessionExpired"));
      if (result.reason === "throttled") return fail(t("throttled"));
      return fail(t("formInvalid"), { currentPassword: t("passwordWrong") });
    }
    // The change ended every session, this one too: sign this browser in again with the new password.
    await signIn("credentials", { email: caller.email, ticket: await renewalTicket(caller.id), redirect: false });
    // A redirect, not a re-render of this request: only the redirect's render reads the new session cookie.
    return go({ pathname: "/compte", query: { notice: "password" }, hash: "password" });
  },
);

export const deleteAccountAction = validatedAction(
  { schema: deleteAccountSchema, signedIn: true },
  async (data, { caller, t, fail, go }): Answer<FormState<NoValues>> => {
    const result = await deleteOwnAccount(caller, data.password, await currentRequestContext());
    if (!result.ok) {
      if (result.reason === "unauthorized") return fail(t("sessionExpired"));
      if (result.reason === "throttled") return fail(t("throttled"));
      if (result.reason === "lastAdmin") return fail(t("lastAdmin"));
      return fail(t("formInvalid"), { password: t("passwordWrong") });
    }
    revalidateMemberContent();
    await signOut({ redirect: false });
    return go("/compte/supprime");
  },
);
