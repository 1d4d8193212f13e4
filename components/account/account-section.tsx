import type { ReactNode } from "react";

/** One titled part of the account page; pillars add theirs the same way. */
export function AccountSection({ id, title, children, tone = "plain" }: { id: string; title: string; children: ReactNode; tone?: "plain" | "danger" }) {
  return (
    <section aria-labelledby={`${id}-title`} className={`rounded-xl border p-5 ${tone === "danger" ? "border-red-200 bg-red-50/40" : "border-slate-200"}`}>
      <h2 id={`${id}-title`} className="mb-4 text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
