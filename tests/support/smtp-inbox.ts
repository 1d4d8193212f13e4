import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type Received = ParsedMail & { envelopeTo: string[] };

/**
 * A real SMTP server for a test, on a free port: it keeps every message it
 * accepts, parsed. `mode` decides what it does with the next messages:
 * accept them, refuse them with a temporary error, or hold them (the
 * connection stays open and nothing is accepted) until the sender goes away.
 */
export async function startSmtpInbox() {
  const received: Received[] = [];
  let mode: "accept" | "refuse" | "hold" = "accept";
  let onHeld: (() => void) | undefined;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      if (mode === "hold") {
        // Reads the message and never answers: the sender waits, as it would on a slow server.
        stream.resume();
        stream.on("end", () => onHeld?.());
        return;
      }
      if (mode === "refuse") {
        stream.resume();
        stream.on("end", () => callback(Object.assign(new Error("Mailbox busy, try later"), { responseCode: 451 })));
        return;
      }
      simpleParser(stream)
        .then((mail) => {
          received.push(Object.assign(mail, { envelopeTo: session.envelope.rcptTo.map((rcpt) => rcpt.address) }));
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    setMode(next: typeof mode) {
      mode = next;
    },
    /** Resolves once a held message has been read whole (its sender waits for an answer that never comes). */
    nextHeld: () => new Promise<void>((resolve) => (onHeld = resolve)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Waits until `check` holds, polling; fails after `timeoutMs`. */
export async function eventually<T>(check: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const result = await check();
    if (result) return result;
    if (Date.now() > until) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
