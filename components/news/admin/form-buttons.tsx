"use client";

import { useFormStatus } from "react-dom";

type Labels = { save: string; saving: string; preview: string; previewing: string };

/** Preview and save send the same form; the button pressed says which (`intent`). */
export function FormButtons({ labels }: { labels: Labels }) {
  const { pending, data } = useFormStatus();
  const intent = pending ? data?.get("intent") : undefined;
  return (
    <div className="flex flex-wrap gap-3">
      <button
        type="submit"
        name="intent"
        value="preview"
        disabled={pending}
        className="rounded-md border border-azblue-600 px-4 py-2.5 font-semibold text-azblue-700 hover:bg-azblue-50 disabled:opacity-70"
      >
        {intent === "preview" ? labels.previewing : labels.preview}
      </button>
      <button
        type="submit"
        name="intent"
        value="save"
        disabled={pending}
        className="rounded-md bg-azblue-600 px-4 py-2.5 font-semibold text-white hover:bg-azblue-700 disabled:opacity-70"
      >
        {intent === "save" ? labels.saving : labels.save}
      </button>
    </div>
  );
}
