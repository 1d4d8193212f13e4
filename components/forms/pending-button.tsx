"use client";

import type { ButtonHTMLAttributes } from "react";
import { useFormStatus } from "react-dom";

type Props = ButtonHTMLAttributes<HTMLButtonElement> & { label: string; pendingLabel: string };

/** A submit button that says it is working while its form is on its way. */
export function PendingButton({ label, pendingLabel, className = "", ...button }: Props) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={`rounded-md px-4 py-2 font-semibold disabled:opacity-70 ${className}`} {...button}>
      {pending ? pendingLabel : label}
    </button>
  );
}
