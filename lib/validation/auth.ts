import { z } from "zod";
import { dropNonXmlCharacters } from "./xml-safe-text";

// Messages are keys of the `Errors` namespace; the action translates them.
export const email = z
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

// The code step of the sign-in form: the ticket stands for the password checked a moment ago.
export const signInCodeSchema = z.object({
  email,
  ticket: z.string({ error: "formInvalid" }).min(1, "formInvalid").max(300, "formInvalid"),
  code: z.string({ error: "codeRequired" }).trim().min(1, "codeRequired").max(40, "codeInvalid"),
});

const optionalText = (max: number) =>
  z.preprocess((value) => (value === "" ? undefined : value), z.string().max(max).optional());

/** What Auth.js's credentials endpoint takes: a password, or a ticket, and a code for an account with an authenticator. */
export const signInCredentialsSchema = z.object({
  email,
  password: optionalText(1024),
  ticket: optionalText(300),
  code: optionalText(40),
});

export type SignUpInput = z.infer<typeof signUpSchema>;
export type SignInInput = z.infer<typeof signInSchema>;
