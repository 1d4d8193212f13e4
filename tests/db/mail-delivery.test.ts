import { fork } from "node:child_process";
import path from "node:path";
import { eq } from "drizzle-orm";
import type PgBoss from "pg-boss";
import { afterAll, beforeAll, expect, it } from "vitest";
import { queues } from "@/db/job-queues";
import { mailOutbox } from "@/db/schema";
import { createBoss } from "@/server/jobs/boss";
import { queueCounts, retryFailedMail } from "@/server/jobs/queue-status";
import { createMailTransport, MAIL_POLLING_SECONDS, workMail } from "@/server/mail-delivery";
import { queueMail } from "@/server/mail";
import { describeOnDatabases } from "../support/databases";
import { eventually, startSmtpInbox } from "../support/smtp-inbox";
import { createUser } from "../support/users";

let inbox: Awaited<ReturnType<typeof startSmtpInbox>>;
beforeAll(async () => {
  inbox = await startSmtpInbox();
});
afterAll(() => inbox.close());

describeOnDatabases("mail on the job queue, to a real SMTP server", (database) => {
  const bosses: PgBoss[] = [];
  /** An instance of the portal working the mail queue (each with its own pg-boss, as two servers would). */
  async function startInstance(options: PgBoss.ConstructorOptions = {}) {
    const boss = createBoss(database(), { supervise: false, ...options });
    bosses.push(boss);
    await boss.start();
    await workMail(boss, createMailTransport(inbox.url));
    return boss;
  }
  async function stopInstances() {
    await Promise.all(bosses.splice(0).map((boss) => boss.stop({ graceful: true, timeout: 5_000, close: database().kind !== "pglite", wait: true })));
  }
  const row = async (to: string) => (await database().db.select().from(mailOutbox).where(eq(mailOutbox.to, to)))[0];
  const receivedBy = (to: string) => inbox.received.filter((mail) => mail.envelopeTo.includes(to));

  it("two instances send each queued mail exactly once, as text with the outbox's Message-ID", async () => {
    inbox.setMode("accept");
    const addresses = Array.from({ length: 6 }, (_, i) => `pair-${i}-${database().kind}@example.net`);
    for (const to of addresses) await queueMail(database().db, { to, userId: null, locale: "az", subject: `Salam ${to}`, body: `Mətn ${to}\n\nhttps://portal.example/az/tedbirler` });
    await Promise.all([startInstance(), startInstance()]);
    await eventually(async () => (await Promise.all(addresses.map(row))).every((mail) => mail.sentAt));
    // A last poll of each instance would find nothing more to send.
    await new Promise((resolve) => setTimeout(resolve, MAIL_POLLING_SECONDS * 2_000 + 500));
    await stopInstances();
    for (const to of addresses) {
      const mails = receivedBy(to);
      expect(mails).toHaveLength(1);
      expect(mails[0].subject).toBe(`Salam ${to}`);
      expect(mails[0].text?.trim()).toBe(`Mətn ${to}\n\nhttps://portal.example/az/tedbirler`);
      // The HTML part: the recipient's language, the portal's frame, the link as a button.
      expect(mails[0].html).toContain('lang="az"');
      expect(mails[0].html).toContain("Fransadakı azərbaycanlılar");
      expect(mails[0].html).toMatch(/<a[^>]+href="https:\/\/portal\.example\/az\/tedbirler"[^>]*>[\s\S]*Keçidi açın/);
      expect(mails[0].messageId).toBe(`<${(await row(to)).id}@localhost>`);
    }
  }, 60_000);

  it("a refused mail is retried, ends failed with the error shown to admins, and an admin's retry sends it", async () => {
    const admin = await createUser(database(), { role: "admin" });
    const to = `refused-${database().kind}@example.net`;
    const setup = createBoss(database(), { supervise: false });
    await setup.start();
    // Seconds rather than half an hour between attempts.
    await setup.updateQueue(queues.mail.name, { ...queues.mail, retryLimit: 2, retryDelay: 1 });
    await setup.stop({ graceful: false, close: database().kind !== "pglite", wait: true });
    inbox.setMode("refuse");
    await queueMail(database().db, { to, userId: null, locale: "fr", subject: "Essai", body: "Texte" });
    await startInstance();
    const failed = await eventually(async () => ((await row(to))?.failedAt ? row(to) : false), 30_000);
    expect(failed).toMatchObject({ sentAt: null, attempts: 3 });
    expect(failed.lastError).toContain("Mailbox busy");
    const counts = (await queueCounts(admin))!.find((queue) => queue.name === "mail")!;
    expect(counts.failed).toBe(1);
    expect(await queueCounts(await createUser(database()))).toBeNull();
    expect(receivedBy(to)).toHaveLength(0);

    inbox.setMode("accept");
    expect(await retryFailedMail(await createUser(database(), { role: "editor" }), failed.id)).toBe(false);
    expect(await retryFailedMail(admin, failed.id)).toBe(true);
    await eventually(async () => (await row(to)).sentAt);
    expect(receivedBy(to)).toHaveLength(1);
    // Sent now: nothing left to retry.
    expect(await retryFailedMail(admin, failed.id)).toBe(false);
    await stopInstances();
  }, 60_000);

  it("a worker killed mid-send loses nothing: another instance sends the mail, exactly once", async ({ skip }) => {
    // The embedded database lives inside its one process: there is no other instance to take over.
    if (database().kind === "pglite") skip();
    const to = "killed-mid-send@example.net";
    const setup = createBoss(database(), { supervise: false });
    await setup.start();
    // The vanished worker's job is taken back after 2 s rather than 2 minutes.
    await setup.updateQueue(queues.mail.name, { ...queues.mail, expireInSeconds: 2, retryDelay: 1 });
    await setup.stop({ graceful: false, close: true, wait: true });
    inbox.setMode("hold");
    const held = inbox.nextHeld();
    await queueMail(database().db, { to, userId: null, locale: "fr", subject: "Une seule fois", body: "Texte" });

    const child = fork(path.resolve("tests/support/mail-worker-process.ts"), [database().url!, inbox.url], {
      execArgv: ["--conditions=react-server", "--import", "tsx"],
      stdio: "ignore",
    });
    await held;
    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));
    inbox.setMode("accept");
    expect((await row(to)).sentAt).toBeNull();

    await startInstance({ supervise: true, maintenanceIntervalSeconds: 1 });
    await eventually(async () => (await row(to)).sentAt, 30_000);
    // Past the next expiry check and polls: a second copy would have gone by now.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    await stopInstances();
    expect(receivedBy(to)).toHaveLength(1);
  }, 60_000);
});
