import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { auditLog } from "@/db/schema";
import { createEvent, updateEvent } from "@/server/agenda/mutations";
import { findPublicEvent } from "@/server/agenda/public-event";
import type { CurrentUser } from "@/server/users";
import { describeOnDatabases } from "../support/databases";
import { eventInput } from "../support/agenda";
import { createUser } from "../support/users";

const cover = "0f8fad5b-d9cb-469f-a165-70867728950e.webp";

describeOnDatabases("agenda: an event's cover", (database) => {
  let editor: CurrentUser;
  beforeAll(async () => {
    editor = await createUser(database(), { role: "editor" });
  });

  it("keeps the cover an editor chose, shows it on the public page, and drops it when removed", async () => {
    const input = eventInput({ coverImage: cover });
    const created = await createEvent(editor, input);
    if (!created.ok) throw new Error(created.reason);
    const slug = input.versions.fr!.slug;
    expect(await findPublicEvent("fr", slug)).toMatchObject({ kind: "event", event: { coverImage: cover } });
    const [audit] = await database().db.select({ details: auditLog.details }).from(auditLog).where(eq(auditLog.targetId, created.id));
    expect(audit.details).toMatchObject({ coverImage: cover });

    expect((await updateEvent(editor, created.id, created.revision, { ...input, coverImage: null })).ok).toBe(true);
    expect(await findPublicEvent("fr", slug)).toMatchObject({ kind: "event", event: { coverImage: null } });
  });
});
