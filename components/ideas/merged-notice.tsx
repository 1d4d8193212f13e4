import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { ideaIdSchema } from "@/lib/validation/ideas";
import { mergedIdeaShownOn } from "@/server/ideas/merge";
import { IdeaLine } from "./idea-text";

/**
 * Said on the idea a duplicate was merged into, to the reader its old address led here (`?merged=<number>`):
 * which idea it was. Nothing when the number names no idea merged into this one.
 */
export async function MergedNotice({ locale, ideaId, merged }: { locale: Locale; ideaId: number; merged: string | undefined }) {
  const parsed = ideaIdSchema.safeParse(merged ?? "");
  if (!parsed.success) return null;
  const duplicate = await mergedIdeaShownOn(parsed.data, ideaId);
  if (!duplicate) return null;
  const t = await getTranslations({ locale, namespace: "Ideas" });
  return (
    <p role="status" className="rounded-lg border border-slate-300 bg-azblue-50 px-4 py-3 text-slate-800">
      {t.rich("mergedFrom", { idea: () => <IdeaLine text={duplicate.title} lang={duplicate.language} /> })}
    </p>
  );
}
