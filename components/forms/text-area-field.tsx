import type { TextareaHTMLAttributes } from "react";
import { describedBy, FieldMessages, inputClass } from "./field-messages";

type Props = TextareaHTMLAttributes<HTMLTextAreaElement> & { name: string; label: string; error?: string; hint?: string };

/** A labelled text area whose error is announced and tied to it (the twin of TextField). */
export function TextAreaField({ name, label, error, hint, id = `field-${name}`, className = "", ...textarea }: Props) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <textarea
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={`${inputClass(error)} ${className}`}
        {...textarea}
      />
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
  );
}
