import { describe, expect, it } from "vitest";
import { z } from "zod";
import { signInSchema, signUpSchema } from "@/lib/validation/auth";
import { keepValues, parseForm } from "@/lib/validation/form";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

describe("sign-up form", () => {
  it("accepts a valid member and normalises the email", () => {
    const result = parseForm(signUpSchema, form({ name: "  Aysel  ", email: " Aysel@Example.FR ", password: "12345678" }));
    expect(result).toEqual({ success: true, data: { name: "Aysel", email: "aysel@example.fr", password: "12345678" } });
  });

  it("accepts passwords from 8 to 128 characters and no others", () => {
    const at = (length: number) => parseForm(signUpSchema, form({ name: "A", email: "a@b.fr", password: "x".repeat(length) }));
    expect(at(7)).toMatchObject({ success: false, fieldErrors: { password: "passwordTooShort" } });
    expect(at(8).success).toBe(true);
    expect(at(128).success).toBe(true);
    expect(at(129)).toMatchObject({ success: false, fieldErrors: { password: "passwordTooLong" } });
  });

  it("names each wrong or missing field with a message key", () => {
    const result = parseForm(signUpSchema, form({ email: "not-an-email" }));
    expect(result).toEqual({
      success: false,
      fieldErrors: { name: "nameRequired", email: "emailInvalid", password: "passwordTooShort" },
      valid: {},
    });
  });

  it("ignores fields the form does not offer", () => {
    const result = parseForm(signUpSchema, form({ name: "A", email: "a@b.fr", password: "12345678", role: "admin" }));
    expect(result.success && "role" in result.data).toBe(false);
  });
});

describe("sign-in form", () => {
  it("requires a password and a well-formed email", () => {
    expect(parseForm(signInSchema, form({ email: "x@y.az", password: "" }))).toMatchObject({ fieldErrors: { password: "passwordRequired" } });
    expect(parseForm(signInSchema, form({ email: "x", password: "p" }))).toMatchObject({ fieldErrors: { email: "emailInvalid" } });
  });

  it("keeps the typed email to put back in the form, never the password", () => {
    expect(keepValues(form({ email: "typed@example.fr", password: "secret" }), ["email"])).toEqual({ email: "typed@example.fr" });
  });
});

describe("a form whose messages live in a namespace of its own", () => {
  const schema = z.object({ title: z.string().min(1, "titleRequired"), count: z.string().regex(/^\d+$/), note: z.string().optional() });
  const catalogue = { keys: { titleRequired: "Le titre manque.", formInvalid: "Le formulaire a des erreurs." }, fallback: "formInvalid" } as const;

  it("names an error by its key in that namespace, any other error by the fallback, and keeps the fields that are right", () => {
    expect(parseForm(schema, form({ title: "", count: "douze", note: "Bien." }), catalogue)).toEqual({
      success: false,
      fieldErrors: { title: "titleRequired", count: "formInvalid" },
      valid: { note: "Bien." },
    });
  });

  it("puts back a long text up to the length the form allows", () => {
    const long = "ə".repeat(20_000);
    expect(keepValues(form({ body: long }), ["body"]).body).toHaveLength(10_000);
    expect(keepValues(form({ body: long }), ["body"], 120_000).body).toBe(long);
  });
});
