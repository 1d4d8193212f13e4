import type { MilestoneStatus } from "@/db/schema";

const styles: Record<MilestoneStatus, string> = {
  planned: "bg-slate-100 text-slate-800",
  in_progress: "bg-amber-100 text-amber-900",
  done: "bg-green-50 text-azgreen-600",
  abandoned: "bg-red-50 text-azred-600",
};

export function MilestoneStatusBadge({ status, label }: { status: MilestoneStatus; label: string }) {
  return <span className={`inline-block rounded-full px-2.5 py-0.5 text-sm font-medium ${styles[status]}`}>{label}</span>;
}
