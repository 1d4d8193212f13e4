import { getFormatter, getTranslations } from "next-intl/server";
import type { Organisation } from "@/db/schema";

/** In the editors' lists: a joint item asked to be published, and whose approval it waits for. */
export async function WaitingBadge({ waitingFor }: { waitingFor: Organisation[] }) {
  if (!waitingFor.length) return null;
  const t = await getTranslations("JointStatements");
  const tOrg = await getTranslations("News.organisation");
  const format = await getFormatter();
  return (
    <span className="mt-1 block w-fit rounded-full bg-amber-100 px-2.5 py-0.5 text-sm font-medium text-amber-900">
      {t("waitingBadge", { names: format.list(waitingFor.map((o) => tOrg(o)), { type: "conjunction" }) })}
    </span>
  );
}
