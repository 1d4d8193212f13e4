"use server";

import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { resetPasswordSchema, resetRequestSchema } from "@/lib/validation/account";
import type { FormState } from "@/lib/validation/form";
import { validatedAction, type Answer } from "@/server/form-action";
import { requestPasswordReset, resetPassword } from "@/server/password-reset";
import { currentRequestContext } from "@/server/request-context";

export type ResetRequestValues = { email: string };

export const requestPasswordResetAction = validatedAction(
  { schema: resetRequestSchema, keep: ["email"] },
  async (data, { locale, t, fail }): Answer<FormState<ResetRequestValues>> => {
    const result = await requestPasswordReset(data.email, await currentRequestContext());
    if (!result.ok) return fail(t("throttled"));
    // The same answer whether or not the address has an account.
    return { ok: true, message: (await getTranslations({ locale, namespace: "PasswordReset" }))("requestSent") };
  },
);

// The mailed token travels in the form's hidden field; the data layer checks it.
export const resetPasswordAction = validatedAction(
  { schema: resetPasswordSchema.safeExtend({ token: z.string().max(200).optional() }) },
  async (data, { locale, fail, go }): Answer<FormState> => {
    const result = await resetPassword(data.token ?? "", data.newPassword);
    if (!result.ok) {
      const t = await getTranslations({ locale, namespace: "PasswordReset" });
      return fail({ used: t("linkUsed"), expired: t("linkExpired"), unknown: t("linkUnknown") }[result.reason]);
    }
    return go({ pathname: "/connexion", query: { reset: "1" } });
  },
);
