import { z } from "zod";
import { dropNonXmlCharacters } from "./xml-safe-text";

// Messages are keys of the `Errors` namespace; the action translates them.
const email = z
  .string({ error: "emailInvalid" })
  .trim()
  .toLowerCase()
  .max(254, "emailInvalid")
  .pipe(z.email({ error: "emailInvalid" }));

export const signUpSchema = z.object({
  name: z.string({ error: "nameRequired" }).transform(dropNonXmlCharacters).pipe(z.string().trim().min(1, "nameRequired").max(80, "nameTooLong")),
  email,
  password: z.string({ error: "passwordTooShort" }).min(8, "passwordTooShort").max(128, "passwordTooLong"),
});

export const signInSchema = z.object({
  email,
  // Any length is checked against the hash; the cap only keeps hashing cheap.
  password: z.string({ error: "passwordRequired" }).min(1, "passwordRequired").max(1024, "passwordTooLong"),
});

export type SignUpInput = z.infer<typeof signUpSchema>;
export type SignInInput = z.infer<typeof signInSchema>;
