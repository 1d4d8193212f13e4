import type { Organisation, Role } from "./schema";

/**
 * The authenticator secret of the demo editor and the demo admin (base32):
 * add it to an authenticator app to sign in as them (README). Public, like
 * their passwords: a demo only.
 */
export const DEMO_TOTP_SECRET = "NJEX7IT6C7B4XVDCBGZGRTNQ6JJYBPUX";

// The demo accounts the README prints. Seeded unless DEMO_SEED=off; the staff ones with the demo authenticator.
// `organisations`: those an editor speaks for (the first editor for all three, then one editor per organisation).
// `since`: when they joined (Paris time), before what the demo has them write: the staff at the founding
// meeting, the member before their first idea of the 2018 collection (db/seed/ideas.ts).
export const demoAccounts: { email: string; name: string; password: string; role: Role; totpSecret?: string; since: string; organisations?: Organisation[] }[] = [
  { email: "admin@example.org", name: "Leyla Admin", password: "admin-demo-2017", role: "admin", totpSecret: DEMO_TOTP_SECRET, since: "2017-10-30T21:00" },
  { email: "editor@example.org", name: "Rəşad Redaktor", password: "editor-demo-2017", role: "editor", totpSecret: DEMO_TOTP_SECRET, since: "2017-11-06T10:15", organisations: ["embassy", "ulduz", "cultural_centre"] },
  { email: "embassy@example.org", name: "Elçin Səfirlik", password: "embassy-demo-2017", role: "editor", totpSecret: DEMO_TOTP_SECRET, since: "2017-11-07T10:00", organisations: ["embassy"] },
  { email: "ulduz@example.org", name: "Nigar Ulduz", password: "ulduz-demo-2017", role: "editor", totpSecret: DEMO_TOTP_SECRET, since: "2017-11-08T18:30", organisations: ["ulduz"] },
  { email: "centre@example.org", name: "Tural Mərkəz", password: "centre-demo-2017", role: "editor", totpSecret: DEMO_TOTP_SECRET, since: "2017-11-09T11:00", organisations: ["cultural_centre"] },
  { email: "member@example.org", name: "Aygün Üzv", password: "member-demo-2017", role: "member", since: "2018-01-05T19:40" },
];
