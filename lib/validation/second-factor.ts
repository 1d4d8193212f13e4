import { z } from "zod";

// Messages are keys of the `SecondFactor` namespace; the action translates them.
export const confirmEnrolmentSchema = z.object({
  code: z.string({ error: "codeRequired" }).trim().min(1, "codeRequired").max(20, "codeInvalid"),
});

export const disableSecondFactorSchema = z.object({
  password: z.preprocess((v) => (v === "" ? undefined : v), z.string().max(1024, "proofWrong").optional()),
  code: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.string().trim().max(40, "proofWrong").optional()),
});
