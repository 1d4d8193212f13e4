import { getTranslations } from "next-intl/server";
import { AccountSection } from "@/components/account/account-section";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { signSubscription } from "@/server/signed-links";
import { subscriptionOfMember } from "@/server/subscriptions/mutations";
import { describeChoices } from "@/server/subscriptions/subscription-mail";
import type { CurrentUser } from "@/server/users";

const linkClass = "font-medium text-azblue-700 underline underline-offset-2";

/** The account page's subscription: what the member receives, and the signed manage page (the same one every mail links to). */
export async function MySubscription({ user, locale }: { user: CurrentUser; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Subscriptions.account" });
  const subscription = await subscriptionOfMember(user);
  return (
    <AccountSection id="subscription" title={t("title")}>
      {!subscription ? (
        <p className="flex flex-wrap gap-x-3">
          {t("none")}{" "}
          <Link href="/abonnement" className={linkClass}>
            {t("subscribe")}
          </Link>
        </p>
      ) : (
        <div className="space-y-2">
          <p>{subscription.confirmedAt ? t("active", describeChoices(subscription, locale)) : t("pending")}</p>
          <Link href={{ pathname: "/abonnement/gerer/[token]", params: { token: signSubscription("manage", subscription.id) } }} className={linkClass}>
            {t("manage")}
          </Link>
        </div>
      )}
    </AccountSection>
  );
}
