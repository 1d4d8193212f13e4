"use client";

import { useEffect, useRef } from "react";

/**
 * The confirmation after a form did its work, read out when it appears. With
 * `focus`, it also takes the focus, which brings it into view: the member
 * sees the outcome where they are, not somewhere above after the page
 * re-rendered (a section far down the account page).
 */
export function FormSuccess({ message, focus = false }: { message?: string; focus?: boolean }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (focus && message) ref.current?.focus({ preventScroll: false });
  }, [focus, message]);
  return (
    <div aria-live="polite" className="min-h-0">
      {message && (
        <p ref={ref} tabIndex={focus ? -1 : undefined} className="rounded-md border border-azgreen-600 bg-green-50 px-3 py-2 font-medium text-azgreen-600 scroll-mt-24">
          {message}
        </p>
      )}
    </div>
  );
}
