"use client";

import { useState } from "react";
import { uploadUrl } from "@/lib/upload-names";
import { describedBy, FieldMessages } from "./field-messages";

export type CoverLabels = { label: string; hint: string; remove: string; uploading: string; errors: Record<"forbidden" | "missing" | "tooLarge" | "notAnImage" | "failed", string> };

/**
 * The cover of an article or an event. It is uploaded on its own as soon as
 * it is chosen (the route re-encodes it); the form then carries only its
 * generated name, in the field `cover` (a milestone's photo: `photo`). The file
 * input has no name, so the file itself never goes through the server action.
 */
export function CoverField({ initial, labels, error, name = "cover", id = "field-cover" }: { initial: string; labels: CoverLabels; error?: string; name?: string; id?: string }) {
  const [cover, setCover] = useState(initial);
  const [uploadError, setUploadError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const shownError = uploadError ?? error;

  async function upload(file: File | undefined) {
    if (!file) return;
    setBusy(true);
    setUploadError(undefined);
    try {
      const body = new FormData();
      body.set("file", file);
      const response = await fetch("/api/uploads", { method: "POST", body, credentials: "same-origin" });
      const answer = (await response.json().catch(() => ({}))) as { name?: string; error?: keyof CoverLabels["errors"] };
      if (response.ok && answer.name) setCover(answer.name);
      else setUploadError(labels.errors[answer.error ?? "failed"] ?? labels.errors.failed);
    } catch {
      setUploadError(labels.errors.failed);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="space-y-2">
      <input type="hidden" name={name} value={cover} />
      <label htmlFor={id} className="block font-medium">
        {labels.label}
      </label>
      {cover && (
        // eslint-disable-next-line @next/next/no-img-element -- already resized at upload
        <img src={uploadUrl(cover)} alt="" className="aspect-[16/9] w-full max-w-sm rounded-lg bg-slate-100 object-cover" />
      )}
      <input
        id={id}
        type="file"
        accept="image/jpeg,image/png,image/webp"
        disabled={busy}
        aria-invalid={shownError ? true : undefined}
        aria-describedby={describedBy(id, labels.hint, shownError)}
        onChange={(event) => upload(event.target.files?.[0])}
        className="block text-sm"
      />
      {busy && <p role="status">{labels.uploading}</p>}
      {cover && (
        <button type="button" onClick={() => setCover("")} className="text-sm font-medium text-azred-600 underline underline-offset-2">
          {labels.remove}
        </button>
      )}
      <FieldMessages id={id} hint={labels.hint} error={shownError} />
    </div>
  );
}
