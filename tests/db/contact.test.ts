import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { mailOutbox } from "@/db/schema";
import { sendContactMessage } from "@/server/contact";
import { describeOnDatabases } from "../support/databases";
import { createUser } from "../support/users";

const message = { name: "Camille Durand", email: "camille@example.net", subject: "Cours du jeudi", message: "Reste-t-il une place pour le cours de jeudi ?" };

describeOnDatabases("contact forms", (database) => {
  const outboxTo = (email: string) => database().db.select().from(mailOutbox).where(eq(mailOutbox.to, email));

  it("mails the organisation's staff, in their language, with the sender's address and message; members hear nothing", async () => {
    const editor = await createUser(database(), { role: "editor", preferredLocale: "az" });
    const member = await createUser(database(), { role: "member" });
    expect(await sendContactMessage("ulduz", message, { address: "198.51.100.7" })).toEqual({ ok: true });
    const [mail] = await outboxTo(editor.email);
    expect(mail.userId).toBe(editor.id);
    expect(mail.subject).toBe("[«Ulduz» assosiasiyası] Əlaqə mesajı: Cours du jeudi");
    expect(mail.body).toContain("Kimdən: Camille Durand <camille@example.net>");
    expect(mail.body).toContain("Reste-t-il une place pour le cours de jeudi ?");
    expect(await outboxTo(member.email)).toHaveLength(0);
  });

  it("sends nothing when the honeypot is filled, yet answers as if it had", async () => {
    const editor = await createUser(database(), { role: "editor" });
    expect(await sendContactMessage("embassy", { ...message, website: "http://spam.example" }, { address: "198.51.100.8" })).toEqual({ ok: true });
    expect(await outboxTo(editor.email)).toHaveLength(0);
  });

  it("refuses a sender past three messages an hour, even sent at once from several addresses", async () => {
    const sender = { ...message, email: `flood-${Date.now()}@example.net` };
    const results = await Promise.all([1, 2, 3, 4, 5].map((i) => sendContactMessage("cultural_centre", sender, { address: `203.0.113.${i}` })));
    expect(results.filter((r) => r.ok)).toHaveLength(3);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: "throttled" }, { ok: false, reason: "throttled" }]);
  });
});
