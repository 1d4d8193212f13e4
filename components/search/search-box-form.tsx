/**
 * A page's own search form (the site search, the news list): a plain GET
 * form, so the search lives in the address, can be shared and needs no
 * script. `hidden` carries the page's other filters along.
 */
export function SearchBoxForm({
  id,
  action,
  label,
  submit,
  query,
  hint,
  hidden = {},
}: {
  id: string;
  action: string;
  label: string;
  submit: string;
  query?: string;
  hint?: string;
  hidden?: Record<string, string | undefined>;
}) {
  const hintId = `${id}-hint`;
  return (
    <form role="search" action={action} method="get" className="flex flex-col gap-2 sm:flex-row sm:items-end">
      <div className="flex-1 space-y-1">
        <label htmlFor={id} className="block font-medium">
          {label}
        </label>
        <input
          id={id}
          name="q"
          type="search"
          defaultValue={query}
          maxLength={200}
          aria-describedby={hint ? hintId : undefined}
          className="block w-full rounded-md border border-slate-300 px-3 py-2 shadow-sm"
        />
        {hint && (
          <p id={hintId} className="text-sm text-slate-600">
            {hint}
          </p>
        )}
      </div>
      {Object.entries(hidden).map(([name, value]) => value !== undefined && <input key={name} type="hidden" name={name} value={value} />)}
      <button type="submit" className={`rounded-md bg-azblue-600 px-4 py-2 font-semibold text-white hover:bg-azblue-700 ${hint ? "sm:mb-7" : ""}`}>
        {submit}
      </button>
    </form>
  );
}
