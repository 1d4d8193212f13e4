import { z } from "zod";
import { UPLOAD_NAME } from "../upload-names";

/**
 * A cover as a form carries it: the name the upload route generated, or ""
 * for none. `invalid` is the key of the form's own message.
 */
export function coverSchema<Key extends string>(invalid: Key) {
  return z
    .string()
    .optional()
    .transform((value) => (value ?? "").trim())
    .refine((name) => name === "" || UPLOAD_NAME.test(name), invalid);
}
