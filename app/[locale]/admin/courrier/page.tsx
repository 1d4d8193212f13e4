import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { Pager } from "@/components/admin/pager";
import { getPathname } from "@/i18n/navigation";
import { checkRemindersAction, retryMailAction } from "@/actions/mail-queue";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { queueCounts } from "@/server/jobs/queue-status";
import { listOutbox, type OutboxStatus } from "@/server/outbox";
import { adminRoles, requireRole } from "@/server/session";
import { pageLocale } from "@/i18n/page-locale";
import { AdminSubscriptions } from "@/components/subscriptions/admin-subscriptions";
import { sendingProgress, subscriberCounts } from "@/server/subscriptions/admin-stats";

// Rendered per request (it reads the session or the address's query); the cached pages are in lib/cached-pages.ts.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/courrier">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AdminOutbox" });
  return { title: t("title"), robots: { index: false } };
}

const badge: Record<OutboxStatus, string> = {
  sent: "bg-green-50 text-azgreen-600",
  pending: "bg-amber-50 text-amber-800",
  failed: "bg-red-50 text-azred-600",
  outboxOnly: "bg-slate-100 text-slate-700",
};

export default async function OutboxPage({ params, searchParams }: PageProps<"/[locale]/admin/courrier">) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  const caller = await requireRole(adminRoles, locale, getPathname({ href: "/admin/courrier", locale }));
  const { after, reminders } = await searchParams;
  const cursor = typeof after === "string" ? after : undefined;
  const [outbox, counts, subscribers, sendings] = await Promise.all([listOutbox(caller, { cursor }), queueCounts(caller), subscriberCounts(caller), sendingProgress(caller)]);
  if (!outbox || !counts || !subscribers || !sendings) forbidden();
  const mailQueue = counts.find((queue) => queue.name === "mail")!;
  const t = await getTranslations({ locale, namespace: "AdminOutbox" });
  const format = await getFormatter({ locale });

  return (
    <div>
      <AdminNav role={caller.role} />
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{outbox.smtp ? t("smtpOn") : t("smtpOff")}</p>
      <section aria-labelledby="mail-queue" className="mt-4 rounded-xl bg-slate-50 p-4">
        <h2 id="mail-queue" className="font-semibold">
          {t("queue")}
        </h2>
        <p className="mt-1">{t("queueCounts", mailQueue)}</p>
        <p className="mt-1 text-sm text-slate-600">{t("failedHint")}</p>
        <form action={checkRemindersAction} className="mt-3 flex flex-wrap items-center gap-3">
          <HiddenFields values={{ locale }} />
          <button type="submit" className="rounded-md border border-azblue-600 bg-white px-3 py-1.5 text-sm font-medium text-azblue-700 hover:bg-azblue-50">
            {t("checkReminders")}
          </button>
          {reminders === "1" && (
            <span role="status" className="text-sm font-medium text-azgreen-600">
              {t("remindersChecked")}
            </span>
          )}
        </form>
      </section>
      <AdminSubscriptions locale={locale} counts={subscribers} sendings={sendings} />
      {outbox.items.length === 0 && <p className="mt-6">{t("empty")}</p>}
      <ul className="mt-6 space-y-3">
        {outbox.items.map((mail) => (
          <li key={mail.id} className="rounded-xl border border-slate-200 p-4">
            <article aria-label={mail.subject}>
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 className="font-semibold">{mail.subject}</h2>
                <span className={`rounded px-2 py-0.5 text-sm font-medium ${badge[mail.status]}`}>{t(`statuses.${mail.status}`)}</span>
              </div>
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
                <dt className="text-slate-600">{t("to")}</dt>
                <dd className="break-all">{mail.to}</dd>
                <dt className="text-slate-600">{t("date")}</dt>
                <dd>{format.dateTime(mail.createdAt, { dateStyle: "medium", timeStyle: "medium" })}</dd>
              </dl>
              {mail.lastError && (
                <p className="mt-2 text-sm text-azred-600">
                  {t("lastError", { error: mail.lastError })} {t("attempts", { count: mail.attempts })}
                </p>
              )}
              {mail.status === "failed" && (
                <form action={retryMailAction} className="mt-2">
                  <HiddenFields values={{ locale, mailId: mail.id }} />
                  <button type="submit" className="rounded-md border border-azblue-600 bg-white px-3 py-1.5 text-sm font-medium text-azblue-700 hover:bg-azblue-50">
                    {t("retry")}
                  </button>
                </form>
              )}
              <details className="mt-2">
                <summary className="cursor-pointer font-medium text-azblue-700">{t("readBody")}</summary>
                <pre className="mt-2 whitespace-pre-wrap break-words rounded bg-slate-50 p-3 font-sans text-sm">{mail.body}</pre>
              </details>
            </article>
          </li>
        ))}
      </ul>
      <Pager
        label={t("pagination")}
        previous={cursor ? { href: "/admin/courrier", text: t("newest") } : undefined}
        next={outbox.nextCursor ? { href: { pathname: "/admin/courrier", query: { after: outbox.nextCursor } }, text: t("older") } : undefined}
      />
    </div>
  );
}
