"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { Href } from "@/i18n/navigation";
import type { FormState } from "@/lib/validation/form";
import { confirmEnrolmentSchema, disableSecondFactorSchema } from "@/lib/validation/second-factor";
import messages from "@/messages/fr.json";
import { redirectingAction, validatedAction, type Answer, type Catalogue } from "@/server/form-action";
import { currentRequestContext } from "@/server/request-context";
import { cancelEnrolment, confirmEnrolment, disableSecondFactor, startEnrolment } from "@/server/second-factor/enrolment";
import { getCurrentSession } from "@/server/session";

type Key = keyof (typeof messages)["SecondFactor"];
const errors: Catalogue<Key> = { namespace: "SecondFactor", keys: messages.SecondFactor, fallback: "codeInvalid" };
type NoValues = Record<string, never>;

/** The answer to the confirmation: the recovery codes, which the form shows once. */
export type ConfirmState = { ok: true; recoveryCodes: string[] } | Extract<FormState<NoValues>, { ok: false }>;

// Back to the account page, at its second-factor section.
const section = (notice?: string): Href => (notice ? { pathname: "/compte", query: { notice }, hash: "second-factor" } : { pathname: "/compte", hash: "second-factor" });

export const startEnrolmentAction = redirectingAction({ schema: z.object({}) }, async (_data, { caller, go }) => {
  await startEnrolment(caller);
  return go(section());
});

export const cancelEnrolmentAction = redirectingAction({ schema: z.object({}) }, async (_data, { caller, go }) => {
  await cancelEnrolment(caller);
  return go(section());
});

export const confirmEnrolmentAction = validatedAction(
  { schema: confirmEnrolmentSchema, messages: errors, invalid: "codeRequired" },
  async (data, { t, fail }): Answer<ConfirmState> => {
    const session = await getCurrentSession();
    const result = await confirmEnrolment(session?.user ?? null, data.code, new Date(), session?.sessionId);
    if (!result.ok) {
      const key = ({ unauthorized: "sessionExpired", invalid: "codeInvalid", throttled: "throttled", notPending: "notPending" } as const)[result.reason];
      return fail(t(key), result.reason === "invalid" ? { code: t(key) } : {});
    }
    revalidatePath("/[locale]/compte", "page");
    return { ok: true, recoveryCodes: result.recoveryCodes };
  },
);

export const disableSecondFactorAction = validatedAction(
  { schema: disableSecondFactorSchema, messages: errors, invalid: "proofWrong" },
  async (data, { caller, t, fail, go }): Answer<FormState<NoValues>> => {
    if (!data.password && !data.code) return fail(t("proofRequired"));
    const result = await disableSecondFactor(caller, data, await currentRequestContext());
    if (!result.ok) {
      const key = ({ unauthorized: "sessionExpired", wrong: "proofWrong", throttled: "throttled" } as const)[result.reason];
      return fail(t(key));
    }
    return go(section("second-factor-off"));
  },
);
