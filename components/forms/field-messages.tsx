/** A field's hint and its error, announced and tied to the field by id. */
export function FieldMessages({ id, hint, error }: { id: string; hint?: string; error?: string }) {
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

/** The ids of what FieldMessages shows, for the field's aria-describedby. */
export function describedBy(id: string, hint?: string, error?: string): string | undefined {
  return [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
}

export const inputClass = (error?: string) => `block w-full rounded-md border px-3 py-2 shadow-sm ${error ? "border-azred-600" : "border-slate-300"}`;
