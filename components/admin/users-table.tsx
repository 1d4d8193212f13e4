import { getFormatter, getTranslations } from "next-intl/server";
import { roles } from "@/db/schema/users";
import type { Locale } from "@/i18n/routing";
import type { UserListItem } from "@/server/user-admin";
import { UserRowActions } from "./user-row-actions";

export async function UsersTable({ items, callerId, locale }: { items: UserListItem[]; callerId: string; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "AdminUsers" });
  const tRoles = await getTranslations({ locale, namespace: "Roles" });
  const format = await getFormatter({ locale });
  const roleOptions = roles.map((role) => ({ value: role, label: tRoles(role) }));
  const cell = "border-b border-slate-200 px-3 py-3 align-top";
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[56rem] text-left">
        <thead className="bg-slate-50 text-sm text-slate-700">
          <tr>
            {(["name", "email", "role", "status", "createdAt", "actions"] as const).map((column) => (
              <th key={column} scope="col" className="px-3 py-2 font-semibold">
                {t(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <th scope="row" className={`${cell} font-medium`}>
                {item.name}
                {item.id === callerId && <span className="ml-1 font-normal text-slate-600">({t("you")})</span>}
              </th>
              <td className={`${cell} break-words`}>{item.email}</td>
              <td className={cell}>{tRoles(item.role)}</td>
              <td className={cell}>
                <span className={item.bannedAt ? "font-medium text-azred-600" : "text-azgreen-600"}>{item.bannedAt ? t("banned") : t("active")}</span>
              </td>
              <td className={`${cell} whitespace-nowrap`}>{format.dateTime(item.createdAt, { dateStyle: "medium" })}</td>
              <td className={cell}>
                {item.id === callerId ? (
                  <p className="text-sm text-slate-600">{t("selfNote")}</p>
                ) : (
                  <UserRowActions
                    locale={locale}
                    user={{ id: item.id, role: item.role, banned: !!item.bannedAt }}
                    labels={{
                      roleOf: t("roleOf", { name: item.name }),
                      changeRole: t("changeRole"),
                      banOf: t("banOf", { name: item.name }),
                      unbanOf: t("unbanOf", { name: item.name }),
                      ban: t("ban"),
                      unban: t("unban"),
                      pending: t("pending"),
                      roles: roleOptions,
                    }}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
