import ICAL from "ical.js";
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { escapeText } from "@/lib/ical";
import { parseArticleForm } from "@/lib/validation/article";
import { signUpSchema } from "@/lib/validation/auth";
import { parseEventForm } from "@/lib/validation/event";
import { dropNonXmlCharacters } from "@/lib/validation/xml-safe-text";
import { escapeXml } from "@/lib/xml";

// Every character XML 1.0 refuses, as a probe or a paste from a word processor brings them.
const forbidden = [..."\u0001\u0002\u0008\u000B\u000C\u000E\u001F\uFFFE\uFFFF", "\uDFFF", "\uD800"]; // low before high: two lone surrogates, not a pair
const dirty = `a${forbidden.join("")}b`;
// FormData makes lone surrogates U+FFFD (harmless): a form brings the rest.
const typed = `a${forbidden.slice(0, -2).join("")}b`;

function parsesAsXml(xml: string): void {
  new SaxesParser().write(xml).close();
}

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.append(key, value);
  return data;
};

describe("text that no feed can carry", () => {
  it("is dropped at validation; tabs, line ends and every letter stay", () => {
    expect(dropNonXmlCharacters(dirty)).toBe("ab");
    expect(dropNonXmlCharacters("Şuşa\tə\nü 🎉")).toBe("Şuşa\tə\nü 🎉");
    const article = parseArticleForm(form({ organisation: "embassy", status: "draft", title_fr: `Titre ${typed}`, summary_fr: `Résumé\u0001 ${typed}`, body_fr: `Texte\u000B ${typed}` }));
    expect(article.success).toBe(true);
    if (article.success) expect(article.data.versions.fr).toMatchObject({ title: "Titre ab", summary: "Résumé ab", body: "Texte ab" });
    const event = parseEventForm(
      form({ organiser_cultural_centre: "on", category: "concert", status: "draft", startsAt: "2030-05-01T18:00", endsAt: "2030-05-01T20:00", capacity: "", title_az: `Konsert ${typed}`, summary_az: `Xülasə ${typed}`, place_az: `Paris\u0001`, body_az: "Mətn" }),
    );
    expect(event.success).toBe(true);
    if (event.success) expect(event.data.versions.az).toMatchObject({ title: "Konsert ab", summary: "Xülasə ab", place: "Paris" });
    expect(signUpSchema.shape.name.parse(`Aygün\u0001 ${dirty}`)).toBe("Aygün ab");
  });

  it("is dropped again when a feed is written, for text saved before", () => {
    expect(() => parsesAsXml(`<a>${dirty}</a>`)).toThrow();
    expect(() => parsesAsXml(`<a>${escapeXml(`<b> & "${dirty}\u0000"`)}</a>`)).not.toThrow();
    expect(escapeXml(dirty)).toBe("ab");
    const ics = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//", "BEGIN:VEVENT", "UID:x", "DTSTAMP:20300101T000000Z", `SUMMARY:${escapeText(dirty)}`, "END:VEVENT", "END:VCALENDAR"].join("\r\n");
    const summary = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent")?.getFirstPropertyValue("summary");
    expect(summary).toBe("ab");
  });
});
