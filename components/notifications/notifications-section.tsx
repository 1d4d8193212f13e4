import { getFormatter, getTranslations } from "next-intl/server";
import { AccountSection } from "@/components/account/account-section";
import { getPathname, Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { encodeCursor, type IdeaCursor } from "@/lib/ideas/cursor";
import { ideaMailOf, listNotifications } from "@/server/notifications";
import type { CurrentUser } from "@/server/users";
import { IdeaMailForm } from "./idea-mail-form";
import { NotificationsForm, type NotificationItem } from "./notifications-form";

/** What happened to the ideas the member follows, newest first, a page at a time, each one markable as read. */
export async function NotificationsSection({ locale, user, after }: { locale: Locale; user: CurrentUser; after?: IdeaCursor }) {
  const [{ notifications, next }, ideaMail] = await Promise.all([listNotifications(user, after), ideaMailOf(user.id)]);
  const t = await getTranslations({ locale, namespace: "Notifications" });
  const format = await getFormatter({ locale });
  const items: NotificationItem[] = notifications.map((n) => {
    const text = t(`kinds.${n.kind}`, { title: n.title });
    return {
      id: n.id,
      text,
      href: getPathname({ href: { pathname: "/centenaire/[id]", params: { id: String(n.ideaId) } }, locale }),
      unread: !n.readAt,
      at: { iso: n.createdAt.toISOString(), text: format.dateTime(n.createdAt, { dateStyle: "long", timeStyle: "short" }) },
      markLabel: t("markReadLabel", { text }),
    };
  });
  const link = "font-medium text-azblue-700 underline underline-offset-2";
  return (
    <AccountSection id="notifications" title={t("title")}>
      <p className="mb-4 text-slate-700">{notifications.length === 0 && !after ? t("empty") : t("intro")}</p>
      {items.length > 0 && (
        <NotificationsForm locale={locale} items={items} labels={{ markRead: t("markRead"), markAll: t("markAll"), pending: t("pending"), unread: t("unread") }} />
      )}
      {(after || next) && (
        <p className="mt-4 flex flex-wrap justify-between gap-4">
          {after && (
            <Link href={{ pathname: "/compte", hash: "notifications-title" }} className={link}>
              {t("newest")}
            </Link>
          )}
          {next && (
            <Link href={{ pathname: "/compte", query: { notificationsAfter: encodeCursor(next) }, hash: "notifications-title" }} className={link}>
              {t("older")}
            </Link>
          )}
        </p>
      )}
      <IdeaMailForm
        locale={locale}
        enabled={ideaMail}
        labels={{ legend: t("mail.legend"), checkbox: t("mail.checkbox"), hint: t("mail.hint"), save: t("mail.save"), pending: t("pending") }}
      />
    </AccountSection>
  );
}
