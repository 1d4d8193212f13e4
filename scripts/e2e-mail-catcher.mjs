// A mailbox for the end-to-end tests: a local SMTP server that the portal
// sends to (SMTP_URL), writing each message it receives as a JSON file
// ({ to, subject, text, html, attachments, headers }) in a folder the tests read. The tests thus get a
// link the way a member does, from their mailbox, while the portal's own
// outbox keeps only masked copies.
import fs from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/** Starts the server on a free port of 127.0.0.1; resolves to that port. */
export function startMailCatcher(dir) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const to = session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase());
          const file = path.join(dir, `${Date.now()}-${String(++count).padStart(6, "0")}.json`);
          // Written whole, then renamed: a reader never sees half a message.
          // Calendar files as text, for the specs that read an event's .ics (ical.js).
          const attachments = mail.attachments.map((file) => ({ filename: file.filename ?? "", contentType: file.contentType, content: file.content.toString("utf8") }));
          // Headers as sent (unfolded), lower-cased names: the specs read List-Unsubscribe as a mail client does.
          const headers = Object.fromEntries(mail.headerLines.map(({ key, line }) => [key, line.slice(line.indexOf(":") + 1).replace(/\r?\n([ \t])/g, "$1").trim()]));
          fs.writeFileSync(`${file}.tmp`, JSON.stringify({ to, subject: mail.subject ?? "", text: mail.text ?? "", html: mail.html || "", attachments, headers }));
          fs.renameSync(`${file}.tmp`, file);
          callback();
        })
        .catch(callback);
    },
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve(server.server.address().port));
  });
}
