import { createHash } from "node:crypto";

/** A language version as the signers approve it: its text (and, for an event, its place). */
export type SignedVersion = { locale: string; title: string; summary: string; body: string; place?: string };

/**
 * What the signers of a joint item approve, as one hash: who signs, the text
 * of each language version, and an event's times (a signer added or taken
 * away asks every signer again). Pure, so that the seed signs its demo
 * statement as the editors' approvals do (server/joint/text-hash.ts).
 */
export function signedTextHash(signers: readonly string[], versions: SignedVersion[], times?: { startsAt: Date; endsAt: Date }): string {
  const sorted = [...versions].sort((a, b) => a.locale.localeCompare(b.locale)).map(({ locale, title, summary, body, place }) => ({ locale, title, summary, body, ...(place === undefined ? {} : { place }) }));
  const text = times ? { startsAt: times.startsAt.toISOString(), endsAt: times.endsAt.toISOString(), versions: sorted } : sorted;
  const signed = { signers: [...signers].sort(), text };
  return createHash("sha256").update(JSON.stringify(signed)).digest("hex");
}
