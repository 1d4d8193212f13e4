import type { ReactNode } from "react";
import Link from "next/link";

/** One choice of a filter form: a labelled select whose options include the "all" one, if it has one (value ""). */
export type FilterChoice = { name: string; id?: string; label: string; value?: string; options: { value: string; label: string }[] };

type Props = {
  /** Where the form goes: the page itself, by its localized path. */
  action: string;
  /** The form's accessible name, when a page holds more than one form. */
  label?: string;
  submit: string;
  choices: FilterChoice[];
  /** Query values the form carries along unchanged (the words searched, say). */
  hidden?: Record<string, string | undefined>;
  /** Fields before the choices (a text search). */
  children?: ReactNode;
  /** A link back to the unfiltered list, shown while a filter is on. */
  reset?: { href: string; label: string };
};

const select = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 shadow-sm";

/**
 * The lists' filters: a plain GET form, so that filtering works without
 * JavaScript and a filtered list has an address to bookmark or share.
 */
export function FilterForm({ action, label, submit, choices, hidden = {}, children, reset }: Props) {
  return (
    <form method="get" action={action} aria-label={label} className="flex flex-wrap items-end gap-3 rounded-xl bg-slate-50 p-4">
      {Object.entries(hidden).map(([name, value]) => value && <input key={name} type="hidden" name={name} value={value} />)}
      {children}
      {choices.map((choice) => {
        const id = choice.id ?? `filter-${choice.name}`;
        return (
          <div key={choice.name} className="min-w-44 flex-1">
            <label htmlFor={id} className="font-medium">
              {choice.label}
            </label>
            <select id={id} name={choice.name} defaultValue={choice.value ?? ""} className={select}>
              {choice.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
        );
      })}
      <button type="submit" className="rounded-md bg-azblue-600 px-4 py-2 font-semibold text-white hover:bg-azblue-700">
        {submit}
      </button>
      {reset && (
        <Link href={reset.href} className="px-2 py-2 font-medium text-azblue-700 underline underline-offset-2">
          {reset.label}
        </Link>
      )}
    </form>
  );
}

/** A "nothing chosen" option followed by each value with its label: the usual options of a choice. */
export function withAll<T extends string>(all: string, values: readonly T[], label: (value: T) => string) {
  return [{ value: "", label: all }, ...values.map((value) => ({ value, label: label(value) }))];
}
