"use client";

import { useErrorMessages } from "@/components/error-messages";

// Never shows the error itself: the reader gets a message, the log gets the details.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useErrorMessages();
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p className="mt-3 text-slate-700">{t.text}</p>
      <button type="button" onClick={reset} className="mt-6 rounded bg-azblue-600 px-4 py-2 font-medium text-white hover:bg-azblue-700">
        {t.retry}
      </button>
    </div>
  );
}
