import type { IdeaStatus } from "@/db/schema";

const styles: Record<IdeaStatus | "hidden", string> = {
  pending: "bg-amber-100 text-amber-900",
  published: "bg-azblue-50 text-azblue-700",
  rejected: "bg-red-50 text-azred-600",
  retained: "bg-green-50 text-azgreen-600",
  withdrawn: "bg-slate-100 text-slate-700",
  merged: "bg-slate-100 text-slate-700",
  hidden: "bg-slate-200 text-slate-800",
};

export function StatusBadge({ status, label }: { status: IdeaStatus | "hidden"; label: string }) {
  return <span className={`inline-block rounded-full px-2.5 py-0.5 text-sm font-medium ${styles[status]}`}>{label}</span>;
}
