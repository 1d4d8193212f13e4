import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import type { ModerationAction } from "@/server/ideas/moderation";

const actions: readonly ModerationAction[] = ["approve", "restore", "reject", "retain"];
const count = (value: unknown) => (typeof value === "string" && /^\d{1,4}$/.test(value) ? Number(value) : undefined);

/** The outcome of the decision the editor just took, carried in the address after the redirect. */
export async function DoneMessage({ locale, query }: { locale: Locale; query: Record<string, string | string[] | undefined> }) {
  const t = await getTranslations({ locale, namespace: "IdeasAdmin" });
  const done = actions.find((action) => action === query.done);
  const bulkDone = count(query.bulkDone);
  const skipped = count(query.skipped) ?? 0;
  let text: string | undefined;
  if (done) text = t(`done.${done}`);
  else if (query.done === "merge") text = t("done.merge", { moved: count(query.moved) ?? 0 });
  else if (bulkDone !== undefined) text = t("bulk.done", { done: bulkDone }) + (skipped ? ` ${t("bulk.skipped", { skipped })}` : "");
  if (!text) return null;
  return (
    <p role="status" className="rounded-md border border-azgreen-600 bg-green-50 px-4 py-3 font-medium text-azgreen-600">
      {text}
    </p>
  );
}
