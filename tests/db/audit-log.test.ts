import { expect, it } from "vitest";
import { auditLog } from "@/db/schema";
import { AUDIT_PAGE_SIZE, listAuditEntries, listAuditFilterChoices } from "@/server/audit-log";
import { describeOnDatabases } from "../support/databases";
import { createUser } from "../support/users";

describeOnDatabases("audit log", (database) => {
  it("is for admins only", async () => {
    const editor = await createUser(database(), { role: "editor" });
    const member = await createUser(database());
    for (const caller of [editor, member, null]) {
      expect(await listAuditEntries(caller, {})).toBeNull();
      expect(await listAuditFilterChoices(caller)).toBeNull();
    }
  });

  it("filters by actor and kind, and pages through entries that share a timestamp without losing or repeating one", async () => {
    const admin = await createUser(database(), { role: "admin", name: "Nərmin" });
    const other = await createUser(database(), { role: "admin", name: "Kamran" });
    const target = await createUser(database(), { name: "Tural" });
    const sameMoment = new Date("2026-05-28T09:00:00Z");
    const rows = Array.from({ length: AUDIT_PAGE_SIZE + 5 }, (_, i) => ({
      actorId: i % 2 ? admin.id : other.id,
      action: i % 3 ? "user.ban" : "user.unban",
      targetType: "user",
      targetId: target.id,
      createdAt: sameMoment,
    }));
    await database().db.insert(auditLog).values(rows);

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listAuditEntries(admin, { cursor });
      seen.push(...page!.rows.map((row) => row.id));
      cursor = page!.nextCursor;
    } while (cursor);
    expect(seen.length).toBe(rows.length);
    expect(new Set(seen).size).toBe(rows.length);

    const byAdminBans = await listAuditEntries(admin, { actorId: admin.id, action: "user.ban" });
    const expected = rows.filter((row) => row.actorId === admin.id && row.action === "user.ban").length;
    expect(byAdminBans!.rows).toHaveLength(expected);
    expect(byAdminBans!.rows.every((row) => row.actorName === "Nərmin" && row.action === "user.ban" && row.targetName === "Tural")).toBe(true);

    const choices = await listAuditFilterChoices(admin);
    expect(choices!.actors.map((actor) => actor.name)).toEqual(["Kamran", "Nərmin"]);
    expect(choices!.actions).toEqual(["user.ban", "user.unban"]);
    expect(await listAuditEntries(admin, { cursor: "not-a-cursor", actorId: "not-a-uuid" })).not.toBeNull();
  });
});
