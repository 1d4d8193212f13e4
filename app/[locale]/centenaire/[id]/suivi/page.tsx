import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { IdeaPage, loadIdea } from "@/components/ideas/idea-page";
import { getPathname } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { isEditor } from "@/server/ideas/access";
import { requireUser } from "@/server/session";

// The follow-up of an idea, for its author and editors: rendered per request (it reads the session and the query).
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/centenaire/[id]/suivi">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const { id } = await params;
  const caller = await requireUser(locale, getPathname({ href: { pathname: "/centenaire/[id]/suivi", params: { id } }, locale }));
  return { title: (await loadIdea(caller, id, locale)).title, robots: { index: false } };
}

/**
 * An idea as its author or an editor follows it: while it waits, once refused
 * (with the reason), hidden or withdrawn, and the moderation form for editors.
 * Anyone else has the public page, `/centenaire/[id]`, and nothing here.
 */
export default async function IdeaFollowUpPage({ params, searchParams }: PageProps<"/[locale]/centenaire/[id]/suivi">) {
  const locale = await pageLocale(params);
  const { id } = await params;
  setRequestLocale(locale);
  const caller = await requireUser(locale, getPathname({ href: { pathname: "/centenaire/[id]/suivi", params: { id } }, locale }));
  const idea = await loadIdea(caller, id, locale);
  if (idea.authorId !== caller.id && !isEditor(caller)) notFound();
  return <IdeaPage locale={locale} id={id} caller={caller} query={await searchParams} />;
}
