import type { InputHTMLAttributes } from "react";
import { describedBy, FieldMessages, inputClass } from "./field-messages";

type Props = InputHTMLAttributes<HTMLInputElement> & { name: string; label: string; error?: string; hint?: string };

/** A labelled input whose error is announced and tied to it. */
export function TextField({ name, label, error, hint, id = `field-${name}`, ...input }: Props) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <input id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} className={inputClass(error)} {...input} />
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
  );
}
