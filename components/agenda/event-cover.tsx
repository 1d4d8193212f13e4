/** The address an uploaded cover is served at (the uploads route comes with the news pillar). */
export function coverUrl(name: string): string {
  return `/uploads/${encodeURIComponent(name)}`;
}

/** An event's cover, resized at upload. Decorative: the title says what the event is. */
export function EventCover({ name }: { name: string }) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- the upload is already resized and re-encoded
    <img src={coverUrl(name)} alt="" width={1600} height={900} decoding="async" className="aspect-[16/9] w-full rounded-lg bg-slate-100 object-cover" />
  );
}
