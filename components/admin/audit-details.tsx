import { getFormatter, getTranslations } from "next-intl/server";
import { organisations, type Organisation } from "@/db/schema/news";
import { roles, type Role } from "@/db/schema/users";
import type { Locale } from "@/i18n/routing";
import type { AuditRow } from "@/server/audit-log";

const isRole = (value: unknown): value is Role => typeof value === "string" && (roles as readonly string[]).includes(value);
const organisationList = (value: unknown): Organisation[] | undefined =>
  Array.isArray(value) && value.every((o) => (organisations as readonly unknown[]).includes(o)) ? (value as Organisation[]) : undefined;
const text = (value: unknown) => (typeof value === "string" && value ? value : undefined);

/** What an entry's details say, as sentences: the reason given, the roles before and after, the date set. Never the raw record. */
export async function AuditDetails({ row, locale }: { row: AuditRow; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "AdminAudit.detail" });
  const tRoles = await getTranslations({ locale, namespace: "Roles" });
  const tOrg = await getTranslations({ locale, namespace: "News.organisation" });
  const names = (list: Organisation[]) => (list.length ? format.list(list.map((o) => tOrg(o)), { type: "conjunction" }) : t("noOrganisation"));
  const format = await getFormatter({ locale });
  const details = row.details ?? {};
  const date = (value: unknown) => (text(value) ? format.dateTime(new Date(value as string), { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Paris" }) : "");
  const lines: string[] = [];

  if (row.targetType === "user" && isRole(details.from) && isRole(details.to)) lines.push(t("roleChange", { from: tRoles(details.from), to: tRoles(details.to) }));
  const [from, to] = [organisationList(details.from), organisationList(details.to)];
  if (row.action === "user.organisations" && from && to) lines.push(t("organisationsChange", { from: names(from), to: names(to) }));
  if (text(details.organisation) && (organisations as readonly string[]).includes(details.organisation as string)) lines.push(t("organisation", { organisation: tOrg(details.organisation as Organisation) }));
  const organisers = organisationList(details.organisers);
  if (row.targetType === "event" && organisers) lines.push(t("organisers", { organisers: names(organisers) }));
  const signers = organisationList(details.organisations);
  if (row.action.endsWith(".approve") && signers) lines.push(t("approvedFor", { organisations: names(signers) }));
  if (row.action.endsWith(".approve") && details.published === true) lines.push(t("publishedByApproval"));
  if (row.action.endsWith(".approvals_reset") && signers) lines.push(t("approvalsReset", { organisations: names(signers) }));
  const cosigners = organisationList(details.cosigners);
  if (row.targetType === "article" && cosigners?.length) lines.push(t("cosigners", { organisations: names(cosigners) }));
  if (text(details.reason)) lines.push(t("reason", { reason: text(details.reason)! }));
  if (text(details.answer)) lines.push(t("answer", { answer: text(details.answer)! }));
  if (details.bulk) lines.push(t("bulk"));
  if (row.action === "event.register") lines.push(t("registration", { status: text(details.status) ?? "registered" }));
  if (row.targetType === "article" && text(details.status)) lines.push(t("articleStatus", { status: text(details.status)!, date: date(details.publishedAt) }));
  if (row.targetType === "event" && text(details.startsAt)) lines.push(t("eventDate", { date: date(details.startsAt) }));
  if (row.action === "event.delete" && typeof details.registrations === "number") lines.push(t("registrationsCancelled", { count: details.registrations }));
  if (row.action === "idea.hide" && typeof details.reports === "number") lines.push(t("reports", { count: details.reports, editors: typeof details.editorsTold === "number" ? details.editorsTold : 0 }));
  if (row.action.startsWith("idea.milestone_") && text(details.date) && text(details.status)) {
    const day = format.dateTime(new Date(`${details.date as string}T12:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
    lines.push(t("milestone", { date: day, status: text(details.status)! }));
  }
  if (row.action === "idea.merge" && typeof details.into === "number") {
    const count = (value: unknown) => (typeof value === "number" ? value : 0);
    lines.push(t("mergedInto", { id: details.into, title: text(details.intoTitle) ?? "", supports: count(details.supports), moved: count(details.moved) }));
  }
  if (text(details.restored)) lines.push(t("restored", { email: text(details.restored)! }));

  if (lines.length === 0) return null;
  return (
    <ul className="space-y-0.5 text-sm text-slate-700">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
