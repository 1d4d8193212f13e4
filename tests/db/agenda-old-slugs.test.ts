import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { eventOldSlugs } from "@/db/schema";
import { createEvent, deleteEvent, updateEvent } from "@/server/agenda/mutations";
import { findPublicEvent } from "@/server/agenda/public-event";
import type { CurrentUser } from "@/server/users";
import { describeOnDatabases } from "../support/databases";
import { eventInput } from "../support/agenda";
import { createUser } from "../support/users";

describeOnDatabases("agenda: old slugs of an edited event", (database) => {
  let editor: CurrentUser;
  beforeAll(async () => {
    editor = await createUser(database(), { role: "editor" });
  });

  it("sends a renamed slug to the event's current one, in the reader's language, and says the old one was touched", async () => {
    const input = eventInput();
    const { fr, az } = input.versions as Required<typeof input.versions>;
    const created = await createEvent(editor, input);
    if (!created.ok) throw new Error(created.reason);
    const renamed = { ...input, versions: { fr: { ...fr, slug: `${fr.slug}-reporte` }, az } };
    const updated = await updateEvent(editor, created.id, created.revision, renamed);
    expect(updated).toMatchObject({ ok: true, touched: { slugs: expect.arrayContaining([fr.slug, `${fr.slug}-reporte`, az.slug]) } });

    expect(await findPublicEvent("fr", fr.slug)).toEqual({ kind: "redirect", slug: `${fr.slug}-reporte` });
    // An Azerbaijani reader following the old French link lands on the Azerbaijani page.
    expect(await findPublicEvent("az", fr.slug)).toEqual({ kind: "redirect", slug: az.slug });
    expect(await findPublicEvent("fr", `${fr.slug}-reporte`)).toMatchObject({ kind: "event", event: { id: created.id } });

    // Renamed back: the slug is current again, no longer an old one.
    expect((await updateEvent(editor, created.id, created.revision + 1, input)).ok).toBe(true);
    expect(await findPublicEvent("fr", fr.slug)).toMatchObject({ kind: "event", event: { id: created.id } });
    expect(await findPublicEvent("fr", `${fr.slug}-reporte`)).toEqual({ kind: "redirect", slug: fr.slug });
  });

  it("redirects a removed version's slug to the version that is left", async () => {
    const input = eventInput();
    const created = await createEvent(editor, input);
    if (!created.ok) throw new Error(created.reason);
    expect((await updateEvent(editor, created.id, created.revision, { ...input, versions: { fr: input.versions.fr! } })).ok).toBe(true);
    expect(await findPublicEvent("az", input.versions.az!.slug)).toEqual({ kind: "redirect", slug: input.versions.fr!.slug });
  });

  it("gives an old slug up to another event that takes it, and forgets it with its event", async () => {
    const db = database().db;
    const first = eventInput();
    const created = await createEvent(editor, first);
    if (!created.ok) throw new Error(created.reason);
    const oldSlug = first.versions.fr!.slug;
    await updateEvent(editor, created.id, created.revision, { ...first, versions: { ...first.versions, fr: { ...first.versions.fr!, slug: `${oldSlug}-bis` } } });
    expect(await findPublicEvent("fr", oldSlug)).toEqual({ kind: "redirect", slug: `${oldSlug}-bis` });

    const second = eventInput();
    const taker = await createEvent(editor, { ...second, versions: { fr: { ...second.versions.fr!, slug: oldSlug } } });
    if (!taker.ok) throw new Error(taker.reason);
    expect(await findPublicEvent("fr", oldSlug)).toMatchObject({ kind: "event", event: { id: taker.id } });

    await updateEvent(editor, taker.id, taker.revision, { ...second, versions: { fr: second.versions.fr! } });
    expect(await db.select().from(eventOldSlugs).where(eq(eventOldSlugs.ownerId, taker.id))).toHaveLength(1);
    expect((await deleteEvent(editor, taker.id)).ok).toBe(true);
    expect(await db.select().from(eventOldSlugs).where(eq(eventOldSlugs.ownerId, taker.id))).toHaveLength(0);
  });

  it("never leads a visitor to a draft through an old slug", async () => {
    const input = eventInput();
    const created = await createEvent(editor, input);
    if (!created.ok) throw new Error(created.reason);
    const oldSlug = input.versions.fr!.slug;
    await updateEvent(editor, created.id, created.revision, { ...input, status: "draft", versions: { ...input.versions, fr: { ...input.versions.fr!, slug: `${oldSlug}-2` } } });
    expect(await findPublicEvent("fr", oldSlug)).toEqual({ kind: "missing" });
  });
});
