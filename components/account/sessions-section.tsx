import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { getCurrentSession } from "@/server/session";
import { listOwnSessions, type ActiveSession } from "@/server/user-sessions";
import { AccountSection } from "./account-section";
import { SessionsForm, type SessionRow } from "./sessions-form";

/** The browsers where the account is signed in, this one first; each other one can be signed out from here. */
export async function SessionsSection({ locale }: { locale: Locale }) {
  const sessions = await listOwnSessions(await getCurrentSession());
  const t = await getTranslations({ locale, namespace: "Sessions" });
  const format = await getFormatter({ locale });
  const when = (date: Date) => ({ iso: date.toISOString(), text: format.dateTime(date, { dateStyle: "medium", timeStyle: "short" }) });
  const deviceOf = ({ browser, os }: ActiveSession) => (browser && os ? t("device", { browser, os }) : (browser ?? os ?? t("unknownDevice")));
  const rows: SessionRow[] = sessions.map((session) => {
    const device = deviceOf(session);
    const lastSeenAt = when(session.lastSeenAt);
    return {
      id: session.id,
      device,
      address: session.address === "unknown" ? t("unknownAddress") : session.address,
      signedInAt: when(session.createdAt),
      lastSeenAt,
      current: session.current,
      endLabel: t("endOne", { device, lastSeen: lastSeenAt.text }),
    };
  });
  const labels = {
    thisDevice: t("thisDevice"),
    network: t("network"),
    signedInAt: t("signedInAt"),
    lastSeenAt: t("lastSeenAt"),
    end: t("end"),
    endOthers: t("endOthers"),
    pending: t("pending"),
    onlyThis: t("onlyThis"),
  };
  return (
    <AccountSection id="sessions" title={t("title")}>
      <p className="mb-4 text-slate-700">{t("intro")}</p>
      <SessionsForm locale={locale} rows={rows} labels={labels} />
    </AccountSection>
  );
}
