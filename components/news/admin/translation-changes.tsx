import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { textChanges, type TextChange } from "@/lib/news/translation-diff";

// Unchanged stretches longer than this show their ends only: the editor reads what changed, with its context.
const CONTEXT = 160;

function shortened(change: TextChange, index: number, count: number): string {
  const { text } = change;
  if (text.length <= CONTEXT * 2 + 20) return text;
  const head = index === 0 ? "" : text.slice(0, CONTEXT);
  const tail = index === count - 1 ? "" : text.slice(-CONTEXT);
  return `${head} […] ${tail}`;
}

type Props = { locale: Locale; other: Locale; before: string | null; after: string };

/**
 * Beside a version that may be out of date: what changed in the other version
 * since this one was written, word by word. Every piece is a string React
 * escapes; nothing here is HTML.
 */
export async function TranslationChanges({ locale, other, before, after }: Props) {
  const t = await getTranslations("NewsAdmin.translation");
  const changes = before === null ? null : textChanges(before, after);
  const id = `translation-changes-${locale}`;
  return (
    <section aria-labelledby={id} className="space-y-3 rounded-xl border border-amber-300 bg-amber-50 p-4">
      <h2 id={id} className="text-lg font-semibold text-amber-900">
        {t("outdatedTitle", { lang: locale })}
      </h2>
      {changes ? (
        <>
          <p>{t("changesIntro", { other })}</p>
          <div lang={other} className="max-h-96 overflow-y-auto whitespace-pre-wrap rounded-md border border-slate-200 bg-white p-3 text-sm leading-relaxed">
            {changes.map((change, index) =>
              change.kind === "same" ? (
                <span key={index}>{shortened(change, index, changes.length)}</span>
              ) : change.kind === "added" ? (
                <ins key={index} className="bg-green-100 text-green-900 decoration-green-700 decoration-2">
                  <span className="sr-only">[{t("added")} </span>
                  {change.text}
                  <span className="sr-only"> — {t("endChange")}]</span>
                </ins>
              ) : (
                <del key={index} className="bg-red-100 text-red-900 decoration-red-700">
                  <span className="sr-only">[{t("removed")} </span>
                  {change.text}
                  <span className="sr-only"> — {t("endChange")}]</span>
                </del>
              ),
            )}
          </div>
        </>
      ) : (
        <p>{t(before === null ? "unknownBefore" : "tooDifferent", { other })}</p>
      )}
    </section>
  );
}
