import { getTranslations } from "next-intl/server";
import type { EditorialStatus } from "@/server/news/editor-queries";

const colours: Record<EditorialStatus, string> = {
  draft: "bg-slate-100 text-slate-800",
  scheduled: "bg-amber-100 text-amber-900",
  published: "bg-green-100 text-green-900",
};

export async function StatusBadge({ status }: { status: EditorialStatus }) {
  const t = await getTranslations("NewsAdmin.status");
  return <span className={`inline-block rounded-full px-2.5 py-0.5 text-sm font-medium ${colours[status]}`}>{t(status)}</span>;
}
