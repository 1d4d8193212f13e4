import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { auditLog, ideaMilestones, ideas } from "@/db/schema";
import { parseMilestoneForm, type MilestoneInput } from "@/lib/validation/milestones";
import { listMilestones, listProgramme } from "@/server/ideas/milestones/read";
import { addMilestone, deleteMilestone, updateMilestone } from "@/server/ideas/milestones/write";
import { describeOnDatabases } from "../support/databases";
import { createIdea } from "../support/ideas";
import { createUser } from "../support/users";

const step = (values: Partial<MilestoneInput> = {}): MilestoneInput => ({
  date: "2018-03-01",
  status: "planned",
  text: { fr: "Réservation de la salle." },
  reason: {},
  photo: null,
  photoAlt: {},
  ...values,
});

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

describeOnDatabases("progress of retained ideas: milestones", (database) => {
  const db = () => database().db;
  const people = async () => ({
    embassyEditor: await createUser(database(), { role: "editor", organisations: ["embassy"] }),
    ulduzEditor: await createUser(database(), { role: "editor", organisations: ["ulduz"] }),
    admin: await createUser(database(), { role: "admin" }),
    member: await createUser(database()),
  });
  const embassyIdea = async () => createIdea(database(), (await createUser(database())).id, { status: "retained", answeredBy: "embassy", publicAnswer: "Retenue pour le 28 mai." });
  const idea = async (id: number) => (await db().select().from(ideas).where(eq(ideas.id, id)))[0];
  const rows = async (ideaId: number) => db().select().from(ideaMilestones).where(eq(ideaMilestones.ideaId, ideaId));

  it("an Ulduz editor cannot add, edit or delete a step of an idea the embassy retained: the rows stay as they were and nothing is audited", async () => {
    const { embassyEditor, ulduzEditor, member } = await people();
    const retained = await embassyIdea();
    expect(await addMilestone(ulduzEditor, retained.id, step({ text: { fr: "Étape écrite par Ulduz" } }))).toEqual({ ok: false, reason: "otherOrganisation" });
    expect(await addMilestone(member, retained.id, step())).toEqual({ ok: false, reason: "forbidden" });
    expect(await rows(retained.id)).toHaveLength(0);

    const added = await addMilestone(embassyEditor, retained.id, step());
    if (!added.ok) throw new Error(added.reason);
    const [before] = await rows(retained.id);
    expect(await updateMilestone(ulduzEditor, added.milestoneId, step({ status: "done", text: { fr: "Réécrite" } }))).toEqual({ ok: false, reason: "otherOrganisation" });
    expect(await deleteMilestone(ulduzEditor, added.milestoneId)).toEqual({ ok: false, reason: "otherOrganisation" });
    expect(await deleteMilestone(member, added.milestoneId)).toEqual({ ok: false, reason: "forbidden" });
    expect(await rows(retained.id)).toEqual([before]);
    expect(await idea(retained.id)).toMatchObject({ progressStatus: "planned", milestoneCount: 1, milestonesDone: 0 });
    expect(await db().select().from(auditLog).where(eq(auditLog.actorId, ulduzEditor.id))).toHaveLength(0);
  });

  it("the embassy's editor and an admin write the timeline; each change is audited on the idea", async () => {
    const { embassyEditor, admin } = await people();
    const retained = await embassyIdea();
    const added = await addMilestone(embassyEditor, retained.id, step());
    if (!added.ok) throw new Error(added.reason);
    expect(await updateMilestone(admin, added.milestoneId, step({ status: "done", text: { fr: "Salle réservée.", az: "Zal sifariş olundu." } }))).toMatchObject({ ok: true });
    const [row] = await rows(retained.id);
    expect(row).toMatchObject({ status: "done", textFr: "Salle réservée.", textAz: "Zal sifariş olundu.", createdBy: embassyEditor.id });
    expect(await deleteMilestone(embassyEditor, added.milestoneId)).toMatchObject({ ok: true });
    expect(await rows(retained.id)).toHaveLength(0);
    expect(await idea(retained.id)).toMatchObject({ progressStatus: null, milestoneCount: 0, milestonesDone: 0 });
    const audit = await db().select().from(auditLog).where(eq(auditLog.targetId, String(retained.id)));
    expect(audit.map((entry) => entry.action).sort()).toEqual(["idea.milestone_add", "idea.milestone_delete", "idea.milestone_edit"]);
    expect(audit.find((entry) => entry.action === "idea.milestone_edit")).toMatchObject({ actorId: admin.id, targetType: "idea", details: { milestoneId: added.milestoneId, status: "done", date: "2018-03-01" } });
  });

  it("only a retained idea has a progress", async () => {
    const { admin } = await people();
    const published = await createIdea(database(), (await createUser(database())).id, { status: "published" });
    expect(await addMilestone(admin, published.id, step())).toEqual({ ok: false, reason: "notRetained" });
    expect(await addMilestone(admin, 2_000_000_000, step())).toEqual({ ok: false, reason: "notFound" });
  });

  it("an abandoned step needs a reason, in the form and in the database", async () => {
    const { admin } = await people();
    const retained = await embassyIdea();
    const parsed = parseMilestoneForm(form({ date: "2018-04-01", status: "abandoned", text_fr: "Concert en plein air." }));
    expect(parsed).toEqual({ success: false, fieldErrors: { reason_fr: "reasonRequired" } });
    // A reason in Azerbaijani alone is enough.
    const withReason = parseMilestoneForm(form({ date: "2018-04-01", status: "abandoned", text_fr: "Concert en plein air.", reason_az: "Bələdiyyə icazə vermədi." }));
    expect(withReason).toMatchObject({ success: true, data: { status: "abandoned", reason: { az: "Bələdiyyə icazə vermədi." } } });
    // The same step replayed past the form: the database refuses it.
    await expect(addMilestone(admin, retained.id, step({ status: "abandoned", reason: {} }))).rejects.toThrow();
    expect(await rows(retained.id)).toHaveLength(0);
    // A text in at least one language; a photo described in each language written.
    expect(parseMilestoneForm(form({ date: "2018-02-30", status: "done" }))).toEqual({ success: false, fieldErrors: { date: "dateInvalid", text_fr: "textRequired" } });
    const photo = "0b6a3c1e-2f4d-4e5a-9b8c-7d6e5f4a3b2c.webp";
    expect(parseMilestoneForm(form({ date: "2018-05-28", status: "done", text_az: "Konsert keçirildi.", photo }))).toEqual({ success: false, fieldErrors: { photoAlt_az: "photoAltRequired" } });
  });

  it("the timeline runs by date; the idea's progress is its latest step's status and its count of done steps; the action plan filters by both", async () => {
    const { embassyEditor, ulduzEditor } = await people();
    const retained = await embassyIdea();
    const ulduzIdea = await createIdea(database(), (await createUser(database())).id, { status: "retained", answeredBy: "ulduz" });
    for (const [date, status] of [["2018-05-28", "planned"], ["2018-01-15", "done"], ["2018-03-10", "done"], ["2018-03-10", "in_progress"]] as const) {
      expect((await addMilestone(embassyEditor, retained.id, step({ date, status }))).ok).toBe(true);
    }
    expect((await addMilestone(ulduzEditor, ulduzIdea.id, step({ status: "done" }))).ok).toBe(true);
    const timeline = await listMilestones(null, retained.id);
    expect(timeline.map((m) => [m.date, m.status])).toEqual([
      ["2018-01-15", "done"],
      ["2018-03-10", "done"],
      ["2018-03-10", "in_progress"],
      ["2018-05-28", "planned"],
    ]);
    expect(await idea(retained.id)).toMatchObject({ progressStatus: "planned", milestoneCount: 4, milestonesDone: 2 });

    const ids = async (options: Parameters<typeof listProgramme>[0]) => (await listProgramme(options)).entries.map((entry) => entry.id);
    expect(await ids({ organisations: ["embassy"], status: "planned" })).toContain(retained.id);
    expect(await ids({ organisations: ["embassy"] })).not.toContain(ulduzIdea.id);
    expect(await ids({ status: "done" })).toContain(ulduzIdea.id);
    expect(await ids({ status: "done" })).not.toContain(retained.id);
    // Keyset pages: one at a time, every idea once.
    const first = await listProgramme({ limit: 1 });
    const second = await listProgramme({ limit: 1, after: first.next });
    expect(first.entries[0].id).not.toBe(second.entries[0]?.id);

    // A hidden idea leaves the public timeline and the plan; editors still see its steps.
    await db().update(ideas).set({ hiddenAt: new Date() }).where(eq(ideas.id, retained.id));
    expect(await listMilestones(null, retained.id)).toEqual([]);
    expect(await listMilestones(embassyEditor, retained.id)).toHaveLength(4);
    expect(await ids({ organisations: ["embassy"] })).not.toContain(retained.id);
  });
});
