"use client";

import { useFormStatus } from "react-dom";

/** A secondary button (not the full-width submit of the main forms) that says when it is at work. */
export function PendingButton({ label, pendingLabel }: { label: string; pendingLabel: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className="rounded-md border border-azblue-600 bg-white px-4 py-2 font-medium text-azblue-700 hover:bg-azblue-50 disabled:opacity-70"
    >
      {pending ? pendingLabel : label}
    </button>
  );
}
