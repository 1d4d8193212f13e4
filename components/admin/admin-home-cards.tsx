import { getTranslations } from "next-intl/server";
import type { Role } from "@/db/schema";
import type { AdminHomeCounts } from "@/server/admin-home";
import { DashboardCard } from "./dashboard-card";

/** The admin home's counts, each leading to the section where it is dealt with. */
export async function AdminHomeCards({ counts, role }: { counts: AdminHomeCounts; role: Role }) {
  const t = await getTranslations("AdminHome");
  return (
    <div className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      <DashboardCard
        id="pending-ideas"
        title={t("pendingIdeas")}
        count={counts.pendingIdeas}
        href={{ pathname: "/admin/idees", hash: "pending" }}
        linkLabel={t("pendingIdeasLink")}
      />
      <DashboardCard
        id="hidden-ideas"
        title={t("hiddenIdeas")}
        count={counts.hiddenIdeas}
        description={t("hiddenIdeasHint")}
        href={{ pathname: "/admin/idees", hash: "reported" }}
        linkLabel={t("hiddenIdeasLink")}
      />
      <DashboardCard
        id="upcoming-events"
        title={t("upcomingEvents")}
        count={counts.upcomingEvents}
        description={t("upcomingEventsHint", { drafts: counts.upcomingDrafts, waitlisted: counts.waitlisted })}
        href="/admin/agenda"
        linkLabel={t("upcomingEventsLink")}
      />
      <DashboardCard
        id="news-drafts"
        title={t("newsDrafts")}
        count={counts.newsDrafts}
        href={{ pathname: "/admin/actualites", query: { status: "draft" } }}
        linkLabel={t("newsDraftsLink")}
      />
      <DashboardCard
        id="scheduled-articles"
        title={t("scheduledArticles")}
        count={counts.scheduledArticles}
        description={t("scheduledArticlesHint")}
        href={{ pathname: "/admin/actualites", query: { status: "scheduled" } }}
        linkLabel={t("scheduledArticlesLink")}
      />
      {/* Editors see the count; only admins can open the users page. */}
      <DashboardCard
        id="new-members"
        title={t("newMembers")}
        count={counts.newMembers}
        {...(role === "admin" ? { href: "/admin/utilisateurs" as const, linkLabel: t("newMembersLink") } : { description: t("newMembersHint") })}
      />
    </div>
  );
}
