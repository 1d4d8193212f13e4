/**
 * What an action needs besides what the reader types: their language and the
 * ids or tokens of the page. Posted with the form, so that the same request
 * works with JavaScript and without (server/form-action.ts reads them).
 */
export function HiddenFields({ values }: { values: Record<string, string | number | null | undefined> }) {
  return (
    <>
      {Object.entries(values).map(([name, value]) =>
        value === null || value === undefined ? null : <input key={name} type="hidden" name={name} value={String(value)} />,
      )}
    </>
  );
}
