import type { SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

type Common = { name: string; label: string; error?: string; hint?: string; id?: string };

function describedBy(id: string, error?: string, hint?: string) {
  return [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
}

function Messages({ id, error, hint }: { id: string; error?: string; hint?: string }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      <p id={`${id}-error`} aria-live="polite" className="text-sm font-medium text-azred-600">
        {error}
      </p>
    </>
  );
}

const box = (error?: string) => `block w-full rounded-md border px-3 py-2 shadow-sm ${error ? "border-azred-600" : "border-slate-300"}`;

/** A labelled textarea whose error is announced and tied to it, like TextField. */
export function TextAreaField({ name, label, error, hint, id = `field-${name}`, ...rest }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <textarea id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, error, hint)} className={box(error)} {...rest} />
      <Messages id={id} error={error} hint={hint} />
    </div>
  );
}

/** A labelled select, same shape. */
export function SelectField({ name, label, error, hint, id = `field-${name}`, options, ...rest }: Common & SelectHTMLAttributes<HTMLSelectElement> & { options: { value: string; label: string }[] }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <select id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, error, hint)} className={box(error)} {...rest}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <Messages id={id} error={error} hint={hint} />
    </div>
  );
}
