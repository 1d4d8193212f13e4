import type { SelectHTMLAttributes } from "react";
import { describedBy, FieldMessages, inputClass } from "./field-messages";

type Props = SelectHTMLAttributes<HTMLSelectElement> & {
  name: string;
  label: string;
  options: { value: string; label: string; lang?: string }[];
  error?: string;
  hint?: string;
};

/** A labelled select whose error is announced and tied to it. */
export function SelectField({ name, label, options, error, hint, id = `field-${name}`, ...select }: Props) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <select id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} className={`${inputClass(error)} bg-white`} {...select}>
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
  );
}
