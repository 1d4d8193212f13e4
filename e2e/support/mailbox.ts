import fs from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";

// Where scripts/e2e-mail-catcher.mjs writes what the portal sends over SMTP: the members' mailboxes.
const dir = ".data/e2e-mail";

export type ReceivedMail = {
  to: string[];
  subject: string;
  text: string;
  html: string;
  attachments: { filename: string; contentType: string; content: string }[];
  /** Header values by lower-cased name, e.g. headers["list-unsubscribe"]. */
  headers: Record<string, string>;
};

function received(): ReceivedMail[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => JSON.parse(fs.readFileSync(path.join(dir, name), "utf8")) as ReceivedMail);
}

/** Every mail that reached the address so far, oldest first. */
export function mailsTo(address: string): ReceivedMail[] {
  return received().filter((mail) => mail.to.includes(address.toLowerCase()));
}

/** Waits for the newest mail to the address whose subject matches (delivery runs a second or so after the request). */
export async function waitForMail(address: string, subject: string | RegExp, options: { after?: number } = {}): Promise<ReceivedMail> {
  let found: ReceivedMail | undefined;
  await expect
    .poll(
      () => {
        const matching = mailsTo(address)
          .slice(options.after ?? 0)
          .filter((mail) => (typeof subject === "string" ? mail.subject === subject : subject.test(mail.subject)));
        found = matching.at(-1);
        return !!found;
      },
      { message: `a mail "${subject}" to ${address}`, timeout: 30_000 },
    )
    .toBe(true);
  return found!;
}

/** The first link of the mail's text whose path matches, e.g. /\/fr\/confirmer\//. */
export function linkIn(mail: ReceivedMail, pathPattern: RegExp): string {
  const link = mail.text.match(/https?:\/\/\S+/g)?.find((url) => pathPattern.test(new URL(url).pathname));
  expect(link, `a link to ${pathPattern} in "${mail.subject}"`).toBeTruthy();
  return link!;
}
