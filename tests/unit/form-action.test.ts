import { beforeEach, describe, expect, it, vi } from "vitest";
import { createTranslator } from "next-intl";
import az from "@/messages/az.json";
import fr from "@/messages/fr.json";

// The wrapper's surroundings: real messages, a session we choose, Next's redirect as its thrown signal.
const session = vi.hoisted(() => ({ user: null as null | { id: string; email: string; role: string } }));
vi.mock("next-intl/server", () => ({
  getTranslations: async ({ locale, namespace }: { locale: "fr" | "az"; namespace?: string }) =>
    createTranslator({ locale, messages: locale === "az" ? az : fr, namespace: namespace as never }),
}));
vi.mock("@/server/session", () => ({ getCurrentUser: async () => session.user }));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { to });
  },
  // server/request-memo.ts: outside a request there is no Next signal to pass on.
  unstable_rethrow: () => {},
}));

const { validatedAction } = await import("@/server/form-action");
const { profileSchema } = await import("@/lib/validation/account");
type State = import("@/lib/validation/form-state").FormState;

const initial = { ok: false, fieldErrors: {}, values: {} } as const;
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};
const run = vi.fn(async (data: { name: string }): Promise<State> => ({ ok: true, message: `saved ${data.name}` }));
const action = validatedAction({ schema: profileSchema, keep: ["name"], signedIn: true }, run);

describe("validatedAction", () => {
  beforeEach(() => {
    session.user = { id: "00000000-0000-4000-8000-000000000001", email: "m@example.org", role: "member" };
    run.mockClear();
  });

  it("answers bad input with field errors in the reader's language, keeps what was typed and never runs the action", async () => {
    const french = await action(initial, form({ locale: "fr", name: "", preferredLocale: "de" }));
    expect(french).toEqual({
      ok: false,
      formError: fr.Errors.formInvalid,
      fieldErrors: { name: fr.Errors.nameRequired, preferredLocale: fr.Errors.languageInvalid },
      values: { name: "" },
    });
    const azerbaijani = await action(initial, form({ locale: "az", name: "x".repeat(81), preferredLocale: "fr" }));
    expect(azerbaijani).toMatchObject({ ok: false, formError: az.Errors.formInvalid, fieldErrors: { name: az.Errors.nameTooLong } });
    expect(az.Errors.nameTooLong).not.toBe(fr.Errors.nameTooLong);
    expect(run).not.toHaveBeenCalled();
  });

  it("refuses a caller without a session with the session-expired message, before reading the form", async () => {
    session.user = null;
    expect(await action(initial, form({ locale: "az", name: "Aysel", preferredLocale: "az" }))).toEqual({ ok: false, fieldErrors: {}, formError: az.Errors.sessionExpired, values: { name: "Aysel" } });
    expect(run).not.toHaveBeenCalled();
  });

  it("falls back to French when the hidden locale names no language of the portal", async () => {
    for (const locale of ["de", "../az", "az\u0000", "", "__proto__"]) {
      const answer = await action(initial, form({ locale, name: "", preferredLocale: "fr" }));
      expect(answer, locale).toMatchObject({ formError: fr.Errors.formInvalid, fieldErrors: { name: fr.Errors.nameRequired } });
    }
    const missing = new FormData();
    expect(await action(initial, missing)).toMatchObject({ formError: fr.Errors.formInvalid });
  });

  it("gives the action the parsed data, the caller and the locale, and returns its answer", async () => {
    const seen = vi.fn();
    const spy = validatedAction({ schema: profileSchema }, async (data, context): Promise<State> => {
      seen(data, context.locale, context.caller?.email);
      return { ok: true };
    });
    expect(await spy(initial, form({ locale: "az", name: "  Aysel ", preferredLocale: "az" }))).toEqual({ ok: true });
    expect(seen).toHaveBeenCalledWith({ name: "Aysel", preferredLocale: "az" }, "az", "m@example.org");
  });

  it("redirects to the page the action names, in the reader's language, after the action returned", async () => {
    const going = validatedAction({ schema: profileSchema }, async (_data, { go }): Promise<State | ReturnType<typeof go>> => go({ pathname: "/compte", query: { notice: "password" } }));
    await expect(going(initial, form({ locale: "az", name: "Aysel", preferredLocale: "az" }))).rejects.toMatchObject({ to: "/az/hesab?notice=password" });
  });
});
