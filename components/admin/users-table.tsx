import { getFormatter, getTranslations } from "next-intl/server";
import { organisations } from "@/db/schema/news";
import { roles } from "@/db/schema/users";
import type { Locale } from "@/i18n/routing";
import type { UserListItem } from "@/server/user-admin";
import { UserRowActions } from "./user-row-actions";

export async function UsersTable({ items, callerId, locale }: { items: UserListItem[]; callerId: string; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "AdminUsers" });
  const tRoles = await getTranslations({ locale, namespace: "Roles" });
  const format = await getFormatter({ locale });
  const tOrg = await getTranslations({ locale, namespace: "News.organisation" });
  const roleOptions = roles.map((role) => ({ value: role, label: tRoles(role) }));
  const organisationOptions = organisations.map((organisation) => ({ value: organisation, label: tOrg(organisation) }));
  // Below md each row is a card (no sideways scrolling on a phone); from md a table whose
  // widest cells wrap, so that nothing is cut off at 1280 px.
  const cell = "block px-3 py-1 align-top md:table-cell md:border-b md:border-slate-200 md:py-3";
  return (
    <table className="block w-full text-left md:table">
      <thead className="sr-only md:not-sr-only md:table-header-group md:bg-slate-50 md:text-sm md:text-slate-700">
        <tr>
          {(["name", "role", "status", "createdAt", "actions"] as const).map((column) => (
            <th key={column} scope="col" className="px-3 py-2 font-semibold">
              {t(column)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="block space-y-3 md:table-row-group md:space-y-0">
        {items.map((item) => (
          <tr key={item.id} className="block rounded-lg border border-slate-200 py-2 md:table-row md:rounded-none md:border-0">
            <th scope="row" className={`${cell} font-medium md:min-w-[17.5rem]`}>
              {item.name}
              {item.id === callerId && <span className="ml-1 font-normal text-slate-600">({t("you")})</span>}
              <span className="block font-normal [overflow-wrap:anywhere] text-slate-600">{item.email}</span>
            </th>
            <td className={cell}>
              <span className="text-slate-600 md:hidden">{t("fieldLabel", { label: t("role") })} </span>
              {tRoles(item.role)}
              {item.role === "admin" && <span className="block text-sm text-slate-600">{t("adminSpeaksForAll")}</span>}
              {item.role === "editor" && (
                <span className="block text-sm text-slate-600">{format.list(item.organisations.map((o) => tOrg(o)), { type: "conjunction" })}</span>
              )}
            </td>
            <td className={cell}>
              <span className="text-slate-600 md:hidden">{t("fieldLabel", { label: t("status") })} </span>
              <span className={item.bannedAt ? "font-medium text-azred-600" : "text-azgreen-600"}>{item.bannedAt ? t("banned") : t("active")}</span>
            </td>
            <td className={`${cell} md:whitespace-nowrap`}>
              <span className="text-slate-600 md:hidden">{t("fieldLabel", { label: t("createdAt") })} </span>
              {format.dateTime(item.createdAt, { dateStyle: "medium" })}
            </td>
            <td className={`${cell} md:w-[19rem]`}>
              {item.id === callerId ? (
                <p className="text-sm text-slate-600">{t("selfNote")}</p>
              ) : (
                <UserRowActions
                  locale={locale}
                  user={{ id: item.id, role: item.role, banned: !!item.bannedAt, organisations: item.organisations }}
                  labels={{
                    roleOf: t("roleOf", { name: item.name }),
                    changeRole: t("changeRole"),
                    banOf: t("banOf", { name: item.name }),
                    unbanOf: t("unbanOf", { name: item.name }),
                    ban: t("ban"),
                    unban: t("unban"),
                    banReason: t("banReason"),
                    banReasonHint: t("banReasonHint"),
                    banConfirm: t("banConfirm", { name: item.name }),
                    pending: t("pending"),
                    roles: roleOptions,
                    organisationsOf: t("organisationsOf", { name: item.name }),
                    saveOrganisations: t("saveOrganisations"),
                    organisations: organisationOptions,
                  }}
                />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
