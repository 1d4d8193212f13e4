import { getFormatter, getTranslations } from "next-intl/server";
import { roles } from "@/db/schema/users";
import type { AuditRow } from "@/server/audit-log";

type Translate = Awaited<ReturnType<typeof getTranslations<"AdminAudit">>>;

/** The label of an action kind; kinds other parts add show their code until they bring a label. */
export function kindLabel(t: Translate, action: string): string {
  const key = `kinds.${action.replace(/\./g, "_")}`;
  return t.has(key as never) ? t(key as never) : action;
}

function targetLabel(t: Translate, row: AuditRow): string {
  const type = t.has(`targetTypes.${row.targetType}` as never) ? t(`targetTypes.${row.targetType}` as never) : row.targetType;
  if (row.targetType === "user") return `${type} · ${row.targetName ?? t("deletedAccount")}`;
  return row.targetId ? `${type} · ${row.targetId}` : type;
}

export async function AuditTable({ rows }: { rows: AuditRow[] }) {
  const t = await getTranslations("AdminAudit");
  const tRoles = await getTranslations("Roles");
  const format = await getFormatter();
  const isRole = (value: unknown): value is (typeof roles)[number] => typeof value === "string" && (roles as readonly string[]).includes(value);
  const details = (row: AuditRow) => {
    const { from, to } = row.details ?? {};
    if (isRole(from) && isRole(to)) return `${tRoles(from)} → ${tRoles(to)}`;
    return row.details && Object.keys(row.details).length > 0 ? JSON.stringify(row.details) : "";
  };
  const cell = "border-b border-slate-200 px-3 py-2 align-top";
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[48rem] text-left text-sm">
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            {(["when", "who", "what", "target", "details"] as const).map((column) => (
              <th key={column} scope="col" className="px-3 py-2 font-semibold">
                {t(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td className={`${cell} whitespace-nowrap`}>
                <time dateTime={row.createdAt.toISOString()}>{format.dateTime(row.createdAt, { dateStyle: "medium", timeStyle: "medium" })}</time>
              </td>
              <td className={cell}>{row.actorName ?? <span className="text-slate-600">{t("noActor")}</span>}</td>
              <td className={cell}>{kindLabel(t, row.action)}</td>
              <td className={cell}>{targetLabel(t, row)}</td>
              <td className={`${cell} break-all font-mono text-xs`}>{details(row)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
