import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { emailTokens, type EmailToken, type EmailTokenPurpose } from "@/db/schema";

const HOUR = 60 * 60_000;

// How long each link works: a day to confirm a new address, a week to cancel a change (as the old address is told).
export const EMAIL_TOKEN_LIFETIME_MS: Record<EmailTokenPurpose, number> = {
  verify: 7 * 24 * HOUR,
  change: 24 * HOUR,
  cancel: 7 * 24 * HOUR,
};

export type EmailLinkState = "valid" | "used" | "expired" | "unknown";

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** Makes a single-use link token; only its hash is stored. The caller mails the token itself. */
export async function issueEmailToken(db: Db | Tx, input: { userId: string; purpose: EmailTokenPurpose; email: string }, now = new Date()): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.insert(emailTokens).values({ ...input, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + EMAIL_TOKEN_LIFETIME_MS[input.purpose]) });
  return token;
}

/** The stored row of a token, read with a row lock inside `tx` so that two clicks use it once. */
export async function findEmailToken(db: Db | Tx, token: string, options: { lock?: boolean } = {}): Promise<EmailToken | undefined> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
  const query = db.select().from(emailTokens).where(eq(emailTokens.tokenHash, hashToken(token)));
  const [row] = options.lock ? await query.for("update") : await query;
  return row;
}

export function emailLinkState(row: Pick<EmailToken, "usedAt" | "expiresAt"> | undefined, now: Date): EmailLinkState {
  if (!row) return "unknown";
  if (row.usedAt) return "used";
  return row.expiresAt <= now ? "expired" : "valid";
}

/** Uses up every open link of a purpose for the account (a newer link replaces them, or the change they served is over). */
export async function voidEmailTokens(tx: Db | Tx, userId: string, purpose: EmailTokenPurpose, now: Date): Promise<void> {
  await tx
    .update(emailTokens)
    .set({ usedAt: now })
    .where(and(eq(emailTokens.userId, userId), eq(emailTokens.purpose, purpose), isNull(emailTokens.usedAt)));
}
