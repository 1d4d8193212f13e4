import type { ReactNode } from "react";

type Props = {
  /** What the first click says, e.g. "Supprimer l'article"; an ellipsis is added: a second step follows. */
  label: string;
  /** Names the target when the label alone does not (a row of a table). */
  ariaLabel?: string;
  /** Said above the confirming form: what will happen and whether it can be undone. */
  warning?: ReactNode;
  /** The form whose own button does the deed. */
  children: ReactNode;
  className?: string;
};

/**
 * Every destructive action of the portal in two steps: the first click only opens the
 * confirmation; the form inside is what acts. A `<details>`, so it works without JavaScript,
 * and the action on the server does not depend on it (a replayed POST is checked there).
 */
export function ConfirmStep({ label, ariaLabel, warning, children, className = "" }: Props) {
  return (
    <details className={`group ${className}`}>
      <summary
        aria-label={ariaLabel}
        className="inline-block cursor-pointer list-none rounded-md border border-azred-600 px-3 py-1.5 text-sm font-medium text-azred-600 hover:bg-red-50 [&::-webkit-details-marker]:hidden"
      >
        {label}…
      </summary>
      <div className="mt-2 space-y-2 rounded-md border border-red-200 bg-red-50/50 p-3">
        {warning && <div className="text-sm text-slate-800">{warning}</div>}
        {children}
      </div>
    </details>
  );
}

/** The class of the button inside a ConfirmStep that does the destructive deed. */
export const confirmButtonClass = "rounded-md bg-azred-600 px-3 py-1.5 text-sm font-semibold text-white hover:opacity-90 disabled:opacity-70";
