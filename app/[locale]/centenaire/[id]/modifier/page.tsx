import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { IdeaFormPage } from "@/components/ideas/idea-form-page";
import { getPathname } from "@/i18n/navigation";
import { ideaIdSchema } from "@/lib/validation/ideas";
import { getEditableIdea } from "@/server/ideas/author";
import { requireUser } from "@/server/session";
import { pageLocale } from "@/i18n/page-locale";

// Rendered per request (it reads the session or the address's query); the cached pages are in lib/cached-pages.ts.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/centenaire/[id]/modifier">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Ideas.form" });
  return { title: t("editTitle"), robots: { index: false } };
}

export default async function EditIdeaPage({ params }: PageProps<"/[locale]/centenaire/[id]/modifier">) {
  const locale = await pageLocale(params);
  const { id } = await params;
  setRequestLocale(locale);
  const parsed = ideaIdSchema.safeParse(id);
  if (!parsed.success) notFound();
  const user = await requireUser(locale, getPathname({ href: { pathname: "/centenaire/[id]/modifier", params: { id } }, locale }));
  // Someone else's idea, or one already moderated, is simply not there to edit.
  const idea = await getEditableIdea(user, parsed.data);
  if (!idea) notFound();
  const t = await getTranslations({ locale, namespace: "Ideas.form" });
  return (
    <IdeaFormPage
      locale={locale}
      title={t("editTitle")}
      userName={user.name}
      ideaId={idea.id}
      initial={{
        title: idea.title,
        description: idea.description,
        category: idea.category,
        language: idea.language,
        visibility: idea.showName ? "named" : "anonymous",
      }}
    />
  );
}
