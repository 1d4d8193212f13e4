import { describe, expect, it } from "vitest";
import { absoluteHref } from "@/lib/absolute-href";
import { MASK, maskMailSecrets } from "@/lib/mail-mask";

describe("maskMailSecrets", () => {
  const token = "Abc-_0123456789abcdefghijklmnopqrstuvwxyzAB";

  it("masks the token of every route that ends in [token], in both languages", () => {
    for (const pathname of ["/reinitialiser/[token]", "/confirmer/[token]", "/annuler-changement/[token]"] as const) {
      for (const locale of ["fr", "az"] as const) {
        const link = absoluteHref(pathname, locale, { token });
        const masked = maskMailSecrets(`Bonjour,\n\nOuvrez ce lien :\n${link}\n\nMerci.`);
        expect(masked).not.toContain(token);
        expect(masked).toContain(link.replace(token, MASK));
      }
    }
  });

  it("masks a link on another host too (SITE_URL changed since the mail was written), and every link of a mail", () => {
    const text = `https://old.example/fr/reinitialiser/${token} et (https://new.example/az/berpa/${token}).`;
    expect(maskMailSecrets(text)).toBe(`https://old.example/fr/reinitialiser/${MASK} et (https://new.example/az/berpa/${MASK}).`);
  });

  it("leaves links without a token alone", () => {
    const text = "https://x.example/az/tedbirler/tar-gecesi-1 https://x.example/fr/centenaire/42 https://x.example/fr/mot-de-passe-oublie";
    expect(maskMailSecrets(text)).toBe(text);
  });
});
