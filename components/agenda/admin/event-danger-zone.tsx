import { getTranslations } from "next-intl/server";
import { cancelEventAction, deleteEventAction } from "@/actions/agenda-admin";
import type { Locale } from "@/i18n/routing";
import { ConfirmStep, confirmButtonClass } from "@/components/forms/confirm-step";
import { HiddenFields } from "@/components/forms/hidden-fields";

type Props = { locale: Locale; event: { id: string; registrations: number; cancelledAt: Date | null; cancellationReason: string | null } };

/**
 * Under the event editor: cancel (with registrations, never deleted: those registered are told)
 * or delete, each behind a confirmation step.
 */
export async function EventDangerZone({ locale, event }: Props) {
  const t = await getTranslations({ locale, namespace: "AgendaAdmin" });
  if (event.cancelledAt) {
    return <p className="border-t border-slate-200 pt-6 font-medium text-azred-600">{t("cancelledOn", { date: event.cancelledAt, reason: event.cancellationReason ?? "" })}</p>;
  }
  if (event.registrations > 0) {
    return (
      <ConfirmStep label={t("cancel")} warning={t("cancelWarning", { count: event.registrations })} className="border-t border-slate-200 pt-6">
        <form action={cancelEventAction} className="space-y-2">
          <HiddenFields values={{ locale, id: event.id }} />
          <label htmlFor="cancel-reason" className="block font-medium">
            {t("cancelReason")}
          </label>
          <textarea id="cancel-reason" name="reason" required maxLength={500} rows={3} className="w-full rounded-md border border-slate-300 bg-white px-3 py-2" />
          <button type="submit" className={confirmButtonClass}>
            {t("cancelConfirm")}
          </button>
        </form>
      </ConfirmStep>
    );
  }
  return (
    <ConfirmStep label={t("delete")} warning={t("deleteWarning")} className="border-t border-slate-200 pt-6">
      <form action={deleteEventAction}>
        <HiddenFields values={{ locale, id: event.id }} />
        <button type="submit" className={confirmButtonClass}>
          {t("deleteConfirm")}
        </button>
      </form>
    </ConfirmStep>
  );
}
