"use server";

import { revalidatePath } from "next/cache";
import { revalidateIdeaPages } from "@/server/ideas/revalidate";
import { revalidateSearches } from "@/server/search/revalidate";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { getPathname } from "@/i18n/navigation";
import { safeReturnPath } from "@/lib/safe-redirect";
import type { FormState } from "@/lib/validation/form";
import { ideaIdSchema, reportSchema, type IdeaErrorKey } from "@/lib/validation/ideas";
import messages from "@/messages/fr.json";
import { validatedAction, type Answer, type Catalogue } from "@/server/form-action";
import { reportIdea } from "@/server/ideas/report";
import { supportedBy } from "@/server/ideas/public";
import { toggleSupport } from "@/server/ideas/support";
import { setFollowing } from "@/server/ideas/follow";

const ideaErrors: Catalogue<IdeaErrorKey> = { namespace: "Ideas.errors", keys: messages.Ideas.errors, fallback: "formInvalid" };
// The idea, from the form's hidden field; checked by the action ("not found" when it is no idea's).
const idField = z.string().max(20).optional();

// The form may say what it wants (`want`: add or remove): a cached page that does not know the
// reader yet offers "support", and pressing it must not take back a support given earlier.
// A visitor is sent to sign in, and back to the page (`returnTo`).
export type SupportFormState = FormState | { ok: true; supported: boolean };

export const toggleSupportAction = validatedAction(
  { schema: z.object({ id: idField, want: z.enum(["add", "remove"]).optional(), returnTo: z.string().max(2_000).optional() }), messages: ideaErrors },
  async (data, { caller, t, fail, go, locale }): Answer<SupportFormState> => {
    const id = ideaIdSchema.safeParse(data.id);
    if (!caller && id.success) {
      const back = safeReturnPath(data.returnTo, getPathname({ href: "/centenaire", locale }));
      return go({ pathname: "/connexion", query: { callbackUrl: back } });
    }
    if (id.success && data.want && (await supportedBy(caller, [id.data])).has(id.data) === (data.want === "add")) {
      return { ok: true, supported: data.want === "add" };
    }
    const result = id.success ? await toggleSupport(caller, id.data) : ({ ok: false, reason: "notFound" } as const);
    if (!result.ok) return fail(t(result.reason));
    revalidateIdeaPages();
    return { ok: true, supported: result.supported };
  },
);

export const reportIdeaAction = validatedAction(
  { schema: reportSchema.extend({ id: idField }), messages: { ...ideaErrors, fallback: "reportReasonRequired" } },
  async (data, { caller, locale, fail }): Answer<FormState> => {
    const id = ideaIdSchema.safeParse(data.id);
    const result = id.success ? await reportIdea(caller, id.data, data.reason) : ({ ok: false, reason: "notFound" } as const);
    if (!result.ok) return fail((await getTranslations({ locale, namespace: "IdeaReports.refusals" }))(result.reason));
    if (result.hidden) {
      revalidateIdeaPages();
      revalidatePath("/[locale]/admin", "layout");
      revalidateSearches();
    }
    return { ok: true, message: (await getTranslations({ locale, namespace: "Ideas" }))("report.thanks") };
  },
);

// Follow or stop: the form says which (`want`), so that a page that does not know the reader yet
// never stops a follow by a second press. A visitor is sent to sign in, and back to the page.
export type FollowFormState = FormState | { ok: true; following: boolean };

export const followIdeaAction = validatedAction(
  { schema: z.object({ id: idField, want: z.enum(["follow", "stop"]), returnTo: z.string().max(2_000).optional() }), messages: ideaErrors },
  async (data, { caller, t, fail, go, locale }): Answer<FollowFormState> => {
    const id = ideaIdSchema.safeParse(data.id);
    if (!caller && id.success) {
      const back = safeReturnPath(data.returnTo, getPathname({ href: "/centenaire", locale }));
      return go({ pathname: "/connexion", query: { callbackUrl: back } });
    }
    // Nothing public changes: the page stays as cached, the reader's island asks again.
    const result = id.success ? await setFollowing(caller, id.data, data.want === "follow") : ({ ok: false, reason: "notFound" } as const);
    if (!result.ok) return fail(t(result.reason));
    return { ok: true, following: result.following };
  },
);
