import { describe, expect, it } from "vitest";
import { absoluteHref } from "@/lib/absolute-href";
import { decodeCursor, encodeCursor } from "@/lib/keyset";
import { banSchema, passwordChangeSchema, profileSchema, resetPasswordSchema, roleChangeSchema } from "@/lib/validation/account";
import { parseForm } from "@/lib/validation/form";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

describe("links in mail", () => {
  it("use each language's path and escape the token", () => {
    expect(absoluteHref("/reinitialiser/[token]", "az", { token: "abc-_1" })).toBe("http://localhost:3000/az/berpa/abc-_1");
    expect(absoluteHref("/reinitialiser/[token]", "fr", { token: "a/b" })).toBe("http://localhost:3000/fr/reinitialiser/a%2Fb");
    expect(absoluteHref("/mot-de-passe-oublie", "az")).toBe("http://localhost:3000/az/sifreni-unutdum");
  });
});

describe("keyset cursors", () => {
  it("round-trip PostgreSQL's timestamps with their microseconds, and refuse anything else", () => {
    const cursor = { at: "2026-11-28 07:12:00.123456+00", id: "0b9c3c1e-8f0e-4a53-9a43-3f1d5b0a7c11" };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(decodeCursor("garbage")).toBeUndefined();
    expect(decodeCursor(encodeCursor({ at: "'; drop table users; --", id: cursor.id }))).toBeUndefined();
    expect(decodeCursor(encodeCursor({ at: cursor.at, id: "1 or 1=1" }))).toBeUndefined();
  });
});

describe("account forms", () => {
  it("want the new password twice, the same", () => {
    expect(parseForm(passwordChangeSchema, form({ currentPassword: "x", newPassword: "12345678", confirmPassword: "12345679" }))).toEqual({
      success: false,
      fieldErrors: { confirmPassword: "passwordsDiffer" },
      valid: { currentPassword: "x", newPassword: "12345678" },
    });
    expect(parseForm(resetPasswordSchema, form({ newPassword: "1234567", confirmPassword: "1234567" }))).toMatchObject({ fieldErrors: { newPassword: "passwordTooShort" } });
    expect(parseForm(resetPasswordSchema, form({ newPassword: "12345678", confirmPassword: "12345678" })).success).toBe(true);
  });

  it("accept only the portal's languages and roles", () => {
    expect(parseForm(profileSchema, form({ name: "Aysel", preferredLocale: "en" }))).toMatchObject({ fieldErrors: { preferredLocale: "languageInvalid" } });
    expect(parseForm(profileSchema, form({ name: " Aysel ", preferredLocale: "az" }))).toEqual({ success: true, data: { name: "Aysel", preferredLocale: "az" } });
    const id = "0b9c3c1e-8f0e-4a53-9a43-3f1d5b0a7c11";
    expect(parseForm(roleChangeSchema, form({ userId: id, role: "superuser" }))).toMatchObject({ fieldErrors: { role: "roleInvalid" } });
    expect(parseForm(roleChangeSchema, form({ userId: "x", role: "editor" }))).toMatchObject({ fieldErrors: { userId: "userNotFound" } });
    // Suspending says why (the member is told at sign-in); lifting a suspension needs no reason.
    expect(parseForm(banSchema, form({ userId: id, banned: "true" }))).toMatchObject({ fieldErrors: { reason: "banReasonRequired" } });
    expect(parseForm(banSchema, form({ userId: id, banned: "true", reason: " Propos injurieux " }))).toEqual({ success: true, data: { userId: id, banned: true, reason: "Propos injurieux" } });
    expect(parseForm(banSchema, form({ userId: id, banned: "false" }))).toEqual({ success: true, data: { userId: id, banned: false } });
  });
});
