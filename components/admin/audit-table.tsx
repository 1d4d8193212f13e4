import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import type { AuditRow } from "@/server/audit-log";
import { auditNames } from "@/server/audit-targets";
import { AuditDetails } from "./audit-details";

type Translate = Awaited<ReturnType<typeof getTranslations<"AdminAudit">>>;

/** The label of an action kind; kinds other parts add show their code until they bring a label. */
export function kindLabel(t: Translate, action: string): string {
  const key = `kinds.${action.replace(/\./g, "_")}`;
  return t.has(key as never) ? t(key as never) : action;
}

const linkClass = "font-medium text-azblue-700 underline underline-offset-2";

/** Where an entry's target is edited or read, while it exists. */
function targetHref(row: AuditRow, email: string | undefined) {
  if (row.targetType === "user" && email) return { pathname: "/admin/utilisateurs" as const, query: { q: email } };
  if (row.targetType === "article") return { pathname: "/admin/actualites/[id]" as const, params: { id: row.targetId! } };
  if (row.targetType === "event") return { pathname: "/admin/agenda/[id]" as const, params: { id: row.targetId! } };
  if (row.targetType === "idea") return { pathname: "/centenaire/[id]" as const, params: { id: row.targetId! } };
  return undefined;
}

/** Each entry as a sentence in the reader's language, naming its author and its target with links to them. */
export async function AuditTable({ rows, locale }: { rows: AuditRow[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "AdminAudit" });
  const format = await getFormatter({ locale });
  const names = await auditNames(rows, locale);
  // A member named in an entry links to the users page, which finds them by address.
  const userLink = (id: string | null | undefined) => {
    const person = id ? names.people.get(id) : undefined;
    return function UserName(chunks: ReactNode) {
      return person ? (
        <Link href={{ pathname: "/admin/utilisateurs", query: { q: person.email } }} className={linkClass}>
          {chunks}
        </Link>
      ) : (
        <span className="text-slate-600">{chunks}</span>
      );
    };
  };
  const sentence = (row: AuditRow): ReactNode => {
    const key = `sentences.${row.action.replace(/\./g, "_")}`;
    const known = t.has(key as never);
    const targetKey = `${row.targetType}:${row.targetId}`;
    const isUser = row.targetType === "user";
    const person = isUser && row.targetId ? names.people.get(row.targetId) : undefined;
    const name = isUser ? (person?.name ?? t("detail.deletedAccount")) : (names.titles.get(targetKey) ?? t("detail.deletedContent"));
    const href = isUser ? targetHref(row, person?.email) : names.live.has(targetKey) ? targetHref(row, undefined) : undefined;
    const member = typeof row.details?.userId === "string" ? row.details.userId : undefined;
    return t.rich((known ? key : "sentences.other") as "sentences.other", {
      actor: row.actorName ?? t(row.actorId ? "detail.deletedAccount" : "detail.system"),
      name,
      kind: kindLabel(t, row.action),
      member: names.people.get(member ?? "")?.name ?? t("detail.deletedAccount"),
      who: userLink(row.actorId),
      whom: userLink(member),
      target: (chunks) => (href ? <Link href={href} className={linkClass}>{chunks}</Link> : <span className="font-medium">{chunks}</span>),
    });
  };
  return (
    <ol className="divide-y divide-slate-200 border-y border-slate-200">
      {rows.map((row) => (
        <li key={row.id} className="grid gap-1 py-3 sm:grid-cols-[11rem_1fr] sm:gap-4">
          <time dateTime={row.createdAt.toISOString()} className="text-sm text-slate-600">
            {format.dateTime(row.createdAt, { dateStyle: "medium", timeStyle: "short" })}
          </time>
          <div className="min-w-0 space-y-1">
            <p>{sentence(row)}</p>
            <AuditDetails row={row} locale={locale} />
          </div>
        </li>
      ))}
    </ol>
  );
}
