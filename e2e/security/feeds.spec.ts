import { expect, test } from "@playwright/test";
import ICAL from "ical.js";
import { SaxesParser } from "saxes";
import { builtActions, FORM, replayAction } from "./support/actions";
import { clientAs } from "./support/sessions";

/*
 * An editor pastes text holding control characters (U+0001, U+000B: copied
 * from a word processor, or typed by a probe) into an article and an event,
 * and publishes both. Every feed must stay well-formed for every reader:
 * one U+0001 in a summary once made /fr/rss.xml invalid XML.
 */
const prev = { ok: false, fieldErrors: {}, values: {} };
const soon = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 16);

/** Parses strictly (saxes refuses every character XML 1.0 does not allow) and returns the item titles. */
function rssTitles(xml: string): string[] {
  const titles: string[] = [];
  const parser = new SaxesParser();
  let inTitle = false;
  parser.on("opentag", (tag) => (inTitle = tag.name === "title"));
  parser.on("closetag", () => (inTitle = false));
  parser.on("text", (text) => {
    if (inTitle) titles.push(text);
  });
  parser.write(xml).close();
  return titles;
}

test("text with control characters, once published, leaves both RSS feeds and the iCalendar feed well-formed", async ({ baseURL }) => {
  const ids = builtActions();
  const editor = await clientAs(baseURL!, "editor");
  const run = Date.now();
  const dirty = "a\u0001b\u000Bc\u001Fd";

  const article = await replayAction(editor, ids.get("actions/news.ts#saveArticleAction")!, {
    path: "/fr/admin/actualites/nouveau",
    args: [prev, FORM],
    form: {
      locale: "fr",
      organisation: "embassy", status: "published", publishedAt: "", cover: "",
      title_fr: `Flux ${run} ${dirty}`, slug_fr: "", summary_fr: `Résumé ${dirty}`, body_fr: `Texte ${dirty}`,
      title_az: `Lent ${run} ${dirty}`, slug_az: "", summary_az: `Xülasə ${dirty}`, body_az: `Mətn ${dirty}`,
    },
  });
  expect(article.status()).toBeLessThan(400);
  expect(article.headers()["x-action-redirect"], "the article was saved").toContain("/admin/actualites/");

  const event = await replayAction(editor, ids.get("actions/agenda-admin.ts#saveEventAction")!, {
    path: "/fr/admin/agenda/nouveau",
    args: [prev, FORM],
    form: {
      locale: "fr",
      organiser_cultural_centre: "on",
      category: "concert", status: "published", startsAt: soon(20), endsAt: soon(21), capacity: "", registrationClosesAt: "", cover: "",
      title_fr: `Concert ${run} ${dirty}`, slug_fr: "", summary_fr: `Résumé ${dirty}`, place_fr: `Paris ${dirty}`, body_fr: `Texte ${dirty}`,
    },
  });
  expect(event.status()).toBeLessThan(400);
  expect(event.headers()["x-action-redirect"], "the event was saved").toContain("/admin/agenda/");
  await editor.dispose();

  for (const [path, title] of [["/fr/rss.xml", `Flux ${run} abcd`], ["/az/rss.xml", `Lent ${run} abcd`]]) {
    const response = await fetch(`${baseURL}${path}`);
    expect(response.status, path).toBe(200);
    const xml = await response.text();
    expect(() => rssTitles(xml), `${path} is well-formed XML`).not.toThrow();
    expect(rssTitles(xml), path).toContain(title);
  }

  const response = await fetch(`${baseURL}/fr/agenda.ics`);
  expect(response.status).toBe(200);
  const calendar = new ICAL.Component(ICAL.parse(await response.text()));
  const summaries = calendar.getAllSubcomponents("vevent").map((vevent) => String(vevent.getFirstPropertyValue("summary")));
  expect(summaries).toContain(`Concert ${run} abcd`);
  for (const summary of summaries) expect(summary).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
});
