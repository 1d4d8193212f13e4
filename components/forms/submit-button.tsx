"use client";

import { useFormStatus } from "react-dom";

export function SubmitButton({ label, pendingLabel }: { label: string; pendingLabel: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className="w-full rounded-md bg-azblue-600 px-4 py-2.5 font-semibold text-white hover:bg-azblue-700 disabled:opacity-70"
    >
      {pending ? pendingLabel : label}
    </button>
  );
}
