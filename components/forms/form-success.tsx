/** The confirmation after a form did its work, read out when it appears. */
export function FormSuccess({ message }: { message?: string }) {
  return (
    <div aria-live="polite" className="min-h-0">
      {message && <p className="rounded-md border border-azgreen-600 bg-green-50 px-3 py-2 font-medium text-azgreen-600">{message}</p>}
    </div>
  );
}
