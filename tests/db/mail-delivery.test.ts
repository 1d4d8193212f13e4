import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { mailOutbox } from "@/db/schema";
import { deliverPendingMail, MAX_ATTEMPTS, type MailTransport } from "@/server/mail-delivery";
import { queueMail } from "@/server/mail";
import { describeOnDatabases } from "../support/databases";

function recordingTransport(fail = false): MailTransport & { sent: string[] } {
  const sent: string[] = [];
  return {
    sent,
    async sendMail(mail) {
      if (fail) throw new Error("connection refused");
      sent.push(`${mail.to}: ${mail.subject}`);
    },
  };
}

describeOnDatabases("mail delivery over SMTP", (database) => {
  it("sends each queued mail once, marks it sent and keeps it in the outbox", async () => {
    await queueMail(database().db, { to: "leyla@example.net", userId: null, subject: "Bonjour", body: "Texte" });
    await queueMail(database().db, { to: "rashad@example.net", userId: null, subject: "Salam", body: "Mətn" });
    const transport = recordingTransport();
    // Two runs at once (two instances) send each mail once between them.
    const runs = await Promise.all([deliverPendingMail(transport, "portal@example.org"), deliverPendingMail(transport, "portal@example.org")]);
    expect(runs.reduce((total, run) => total + run.sent, 0)).toBe(2);
    expect(transport.sent.sort()).toEqual(["leyla@example.net: Bonjour", "rashad@example.net: Salam"]);
    const rows = await database().db.select().from(mailOutbox);
    expect(rows.every((row) => row.sentAt !== null)).toBe(true);
    expect(await deliverPendingMail(transport, "portal@example.org")).toEqual({ sent: 0, failed: 0 });
  });

  it("records a failure, retries later, and gives up after the last attempt", async () => {
    await queueMail(database().db, { to: "unreachable@example.net", userId: null, subject: "Essai", body: "Texte" });
    const broken = recordingTransport(true);
    for (let attempt = 1; attempt <= MAX_ATTEMPTS + 1; attempt++) await deliverPendingMail(broken, "portal@example.org");
    const [row] = await database().db.select().from(mailOutbox).where(eq(mailOutbox.to, "unreachable@example.net"));
    expect(row).toMatchObject({ sentAt: null, attempts: MAX_ATTEMPTS, lastError: "connection refused" });
  });
});
