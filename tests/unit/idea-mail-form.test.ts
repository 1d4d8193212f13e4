import { expect, it } from "vitest";
import { parseForm } from "@/lib/validation/form";
import { ideaMailSchema } from "@/lib/validation/notifications";

// The account page's mail choice posts the checkbox, then a hidden "off" of the same name (idea-mail-form.tsx).
const post = (...values: string[]) => {
  const form = new FormData();
  form.set("locale", "fr");
  for (const value of values) form.append("ideaMail", value);
  return parseForm(ideaMailSchema, form);
};

it("reads the box ticked, the box left empty, and refuses a post without the field", () => {
  expect(post("on", "off")).toEqual({ success: true, data: { ideaMail: true } });
  expect(post("off")).toEqual({ success: true, data: { ideaMail: false } });
  expect(post()).toMatchObject({ success: false });
  expect(post("oui")).toMatchObject({ success: false });
});
