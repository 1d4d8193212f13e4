import type { Role } from "./schema";

// The demo accounts the README prints. Seeded unless DEMO_SEED=off.
export const demoAccounts: { email: string; name: string; password: string; role: Role }[] = [
  { email: "admin@example.org", name: "Leyla Admin", password: "admin-demo-2017", role: "admin" },
  { email: "editor@example.org", name: "Rəşad Redaktor", password: "editor-demo-2017", role: "editor" },
  { email: "member@example.org", name: "Aygün Üzv", password: "member-demo-2017", role: "member" },
];
