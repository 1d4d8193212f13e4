import { z } from "zod";
import { organisations } from "@/db/schema/news";
import { roles } from "@/db/schema/users";
import { routing } from "@/i18n/routing";
import { signUpSchema } from "./auth";

// Messages are keys of the `Errors` namespace; the actions translate them.
const { name, email, password: newPassword } = signUpSchema.shape;
const currentPassword = z.string({ error: "passwordRequired" }).min(1, "passwordRequired").max(1024, "passwordTooLong");
const confirmPassword = z.string({ error: "passwordsDiffer" });
const samePasswords = (data: { newPassword: string; confirmPassword: string }) => data.newPassword === data.confirmPassword;
const differ = { message: "passwordsDiffer", path: ["confirmPassword"] };

export const profileSchema = z.object({
  name,
  preferredLocale: z.enum(routing.locales, { error: "languageInvalid" }),
});

export const emailChangeSchema = z.object({ email, currentPassword });

export const passwordChangeSchema = z.object({ currentPassword, newPassword, confirmPassword }).refine(samePasswords, differ);

export const resetRequestSchema = z.object({ email });

export const resetPasswordSchema = z.object({ newPassword, confirmPassword }).refine(samePasswords, differ);

export const deleteAccountSchema = z.object({ password: currentPassword });

const userId = z.uuid({ error: "userNotFound" });

export const roleChangeSchema = z.object({ userId, role: z.enum(roles, { error: "roleInvalid" }) });

// The organisations an editor speaks for: one checkbox each (`organisation_embassy`…), none ticked is none.
const ticked = z.literal("on").optional();
export const organisationsChangeSchema = z.object({ userId, organisation_embassy: ticked, organisation_ulduz: ticked, organisation_cultural_centre: ticked });
export const tickedOrganisations = (form: z.infer<typeof organisationsChangeSchema>) => organisations.filter((o) => form[`organisation_${o}`] === "on");

// Suspending needs a reason, which the member is told at sign-in and the audit log keeps.
export const banSchema = z
  .object({ userId, banned: z.enum(["true", "false"]).transform((value) => value === "true"), reason: z.string().trim().max(500, "banReasonTooLong").optional() })
  .refine((form) => !form.banned || (form.reason?.length ?? 0) >= 3, { path: ["reason"], message: "banReasonRequired" });
