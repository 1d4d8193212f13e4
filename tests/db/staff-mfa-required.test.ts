import { expect, it, vi } from "vitest";
import { getAdminHomeCounts } from "@/server/admin-home";
import { countModerationQueue } from "@/server/ideas/queue";
import { hasRole } from "@/server/roles";
import { findSessionUser } from "@/server/users";
import { describeOnDatabases } from "../support/databases";
import { enrol } from "../support/second-factor";
import { createUser } from "../support/users";
import { sessionOf } from "../support/sessions";

// Read once by lib/env.ts, before any test runs: this file is the production setting.
vi.hoisted(() => {
  process.env.STAFF_MFA = "required";
});

describeOnDatabases("STAFF_MFA=required", (database) => {
  it("keeps an editor without a second factor out of the editors' data, and lets them in once enrolled", async () => {
    const created = await createUser(database(), { role: "editor" });
    const session = await sessionOf(created);
    // The caller as every request sees it (server/session.ts getCurrentUser).
    const editor = await findSessionUser(session);
    expect(editor?.secondFactor).toBe(false);
    expect(await getAdminHomeCounts(editor)).toBeNull();
    expect(await countModerationQueue(editor)).toBeNull();
    // Still a member like any other meanwhile.
    expect(hasRole(editor, ["member", "editor", "admin"])).toBe(true);

    await enrol(created);
    // Enrolling ends the sessions that signed in without the factor: a new sign-in is let in.
    expect(await findSessionUser(session)).toBeNull();
    const enrolled = await findSessionUser(await sessionOf(created));
    expect(enrolled?.secondFactor).toBe(true);
    expect(await getAdminHomeCounts(enrolled)).not.toBeNull();
    expect(await countModerationQueue(enrolled)).not.toBeNull();
  });

  it("keeps an admin without a second factor out of the admins' checks", async () => {
    const created = await createUser(database(), { role: "admin" });
    const session = await sessionOf(created);
    const admin = await findSessionUser(session);
    expect(hasRole(admin, ["admin"])).toBe(false);
    await enrol(created);
    expect(hasRole(await findSessionUser(await sessionOf(created)), ["admin"])).toBe(true);
  });
});
