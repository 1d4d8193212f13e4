/** The message about the whole form, read out when it changes. */
export function FormError({ message }: { message?: string }) {
  return (
    <div aria-live="assertive" className="min-h-0">
      {message && <p className="rounded-md border border-azred-600 bg-red-50 px-3 py-2 font-medium text-azred-600">{message}</p>}
    </div>
  );
}
