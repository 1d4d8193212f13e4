import { z } from "zod";
import { email } from "./auth";
import { dropNonXmlCharacters } from "./xml-safe-text";

const text = (min: number, max: number, short: string, long: string) =>
  z.string({ error: short }).transform(dropNonXmlCharacters).pipe(z.string().trim().min(min, short).max(max, long));

export const contactSchema = z.object({
  name: text(1, 80, "nameRequired", "nameTooLong"),
  email,
  subject: text(3, 150, "contactSubjectRequired", "contactSubjectTooLong"),
  message: text(10, 5000, "contactMessageTooShort", "contactMessageTooLong"),
  // The honeypot: hidden from people, filled in by form-filling robots.
  website: z.string().max(500).optional(),
});

export type ContactInput = z.infer<typeof contactSchema>;
