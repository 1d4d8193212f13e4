import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import az from "@/messages/az.json";
import fr from "@/messages/fr.json";
import { ideaStatusMail } from "@/server/ideas/status-mail";

type Tree = { [key: string]: string | Tree };
const leaves = (tree: Tree, prefix: string): string[] =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === "string" ? [`${prefix}.${key}`] : leaves(value, `${prefix}.${key}`)));

// `organisation` and `idea` are tags: the signed answer puts the organisation's name, with its article, in
// the first; the merged idea's notice its title, with its language, in the second.
const values = { name: "Aygün", title: "Konsert", count: 2, date: "28 mai 1918", email: "a@example.org", url: "http://x", done: 3, skipped: 1, organisation: () => "l'association Ulduz", id: 12, query: "muğam", idea: () => "Muğam gecəsi", moved: 4, into: "Konsert" };

describe("messages of the ideas pillar", () => {
  for (const [locale, messages] of [["fr", fr], ["az", az]] as const) {
    it(`every ${locale} message is valid ICU and formats with its values`, () => {
      const errors: string[] = [];
      const t = createTranslator({ locale, messages, onError: (error) => errors.push(error.message) });
      const keys = ["Ideas", "IdeasAdmin", "IdeaMail"].flatMap((namespace) => leaves(messages[namespace as "Ideas"] as Tree, namespace));
      for (const key of keys) expect(t(key as never, values as never)).not.toBe("");
      expect(errors).toEqual([]);
      expect(keys.length).toBeGreaterThan(150);
    });
  }

  it("writes the status mail in the author's language, with the reason and a link", () => {
    const mail = ideaStatusMail("az", { id: 7, name: "Nigar", title: "Muğam\ngecəsi", status: "rejected", reason: "Mövzuya aid deyil." });
    expect(mail.subject).toBe("«Muğam gecəsi» ideyanız dərc olunmadı");
    expect(mail.body).toContain("Salam, Nigar!");
    expect(mail.body).toContain("Mövzuya aid deyil.");
    expect(mail.body).toContain("/az/hesab");
    const published = ideaStatusMail("fr", { id: 7, name: "Camille", title: "Concert", status: "published" });
    expect(published.subject).toBe("Votre idée « Concert » est publiée");
    expect(published.body).toContain("/fr/centenaire/7");
  });
});
