import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/server/session";
import { countNewMembers } from "@/server/user-admin";
import { DashboardCard } from "./dashboard-card";

export async function NewMembersCard() {
  const caller = await getCurrentUser();
  const count = await countNewMembers(caller);
  if (count === null || !caller) return null;
  const t = await getTranslations("AdminHome");
  // Editors see the count; only admins can open the users page.
  const link = caller.role === "admin" ? { href: "/admin/utilisateurs" as const, linkLabel: t("newMembersLink") } : {};
  return <DashboardCard title={t("newMembers")} count={count} {...link} />;
}
