import { getFormatter, getTranslations } from "next-intl/server";
import { cancelEnrolmentAction, startEnrolmentAction } from "@/actions/second-factor";
import type { Locale } from "@/i18n/routing";
import { needsSecondFactor } from "@/server/roles";
import { secondFactorState } from "@/server/second-factor/enrolment";
import type { CurrentUser } from "@/server/users";
import { FormError } from "../forms/form-error";
import { FormSuccess } from "../forms/form-success";
import { AccountSection } from "./account-section";
import { SecondFactorConfirm } from "./second-factor-confirm";
import { SecondFactorDisableForm } from "./second-factor-disable-form";
import { HiddenFields } from "@/components/forms/hidden-fields";

const secondaryButton = "rounded-md border border-slate-300 px-4 py-2 font-medium hover:bg-slate-100";

/** Enrolment of an authenticator app (TOTP): required of staff when STAFF_MFA=required, open to members. */
export async function SecondFactorSection({ user, locale, notice }: { user: CurrentUser; locale: Locale; notice?: string }) {
  const t = await getTranslations({ locale, namespace: "SecondFactor" });
  const format = await getFormatter({ locale });
  const current = await secondFactorState(user);
  const confirmLabels = {
    code: t("confirmLabel"),
    codeHint: t("confirmHint"),
    submit: t("confirm"),
    pending: t("pending"),
    recoveryTitle: t("recoveryTitle"),
    recoveryIntro: t("recoveryIntro"),
  };
  return (
    <AccountSection id="second-factor" title={t("title")}>
      <div className="space-y-4">
        {needsSecondFactor(user) && <FormError message={notice === "second-factor" ? t("mustEnrol") : t("staffRequired")} />}
        {notice === "second-factor-off" && current.state === "none" && <FormSuccess message={t("disabled")} />}
        <p className="text-slate-700">{t("intro")}</p>
        {current.state === "none" && (
          <form action={startEnrolmentAction}>
            <HiddenFields values={{ locale }} />
            <p className="mb-3">{t("inactive")}</p>
            <button type="submit" className={secondaryButton}>
              {t("start")}
            </button>
          </form>
        )}
        {current.state === "pending" && (
          <div className="space-y-3">
            <p>{t("scan")}</p>
            {/* An SVG made on the server from the secret (the qrcode package): no request leaves the page, nothing for next/image to optimise. */}
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img src={`data:image/svg+xml;base64,${Buffer.from(current.qrSvg).toString("base64")}`} alt={t("qrAlt")} width={200} height={200} className="rounded-md border border-slate-200" />
            <p className="font-medium">{t("secretLabel")}</p>
            <p>
              <code className="break-all rounded bg-slate-100 px-2 py-1 font-mono" data-testid="totp-secret">
                {current.secret}
              </code>
            </p>
          </div>
        )}
        {current.state === "active" && <FormSuccess message={t("active", { date: format.dateTime(current.since, { dateStyle: "long" }), count: current.recoveryCodesLeft })} />}
        <SecondFactorConfirm locale={locale} pending={current.state === "pending"} labels={confirmLabels} />
        {current.state === "pending" && (
          <form action={cancelEnrolmentAction}>
            <HiddenFields values={{ locale }} />
            <button type="submit" className={secondaryButton}>
              {t("cancel")}
            </button>
          </form>
        )}
        {current.state === "active" && (
          <div className="space-y-3 border-t border-slate-200 pt-4">
            <h3 className="font-semibold">{t("disableTitle")}</h3>
            <p className="text-slate-700">{t("disableIntro")}</p>
            <SecondFactorDisableForm locale={locale} labels={{ password: t("password"), code: t("code"), submit: t("disable"), pending: t("pending") }} />
          </div>
        )}
      </div>
    </AccountSection>
  );
}
