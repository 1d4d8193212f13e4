import type { ArticlePreview } from "@/actions/news";
import { routing } from "@/i18n/routing";
import { CoverImage } from "../../cover-image";
import { MarkdownHtml } from "../../markdown-body";

/** The article as readers will see it (cover included), in each language written; HTML sanitized by the action. */
export function PreviewPanel({ preview, labels }: { preview: ArticlePreview; labels: { title: string; versions: Record<string, string> } }) {
  return (
    <section aria-labelledby="preview-title" className="space-y-6 rounded-xl border-2 border-dashed border-azblue-600 p-5">
      <h2 id="preview-title" tabIndex={-1} className="text-2xl font-bold">
        {labels.title}
      </h2>
      {routing.locales.map((locale) => {
        const version = preview[locale];
        if (!version) return null;
        return (
          <article key={locale} className="space-y-3 border-t border-slate-200 pt-4">
            <p className="text-sm font-semibold uppercase tracking-wide text-slate-500">{labels.versions[locale]}</p>
            <h3 lang={locale} className="text-3xl font-bold">
              {version.title}
            </h3>
            <p lang={locale} className="text-lg text-slate-700">
              {version.summary}
            </p>
            {version.cover && <CoverImage name={version.cover.name} alt={version.cover.alt} lang={locale} priority />}
            <MarkdownHtml html={version.html} lang={locale} />
          </article>
        );
      })}
    </section>
  );
}
