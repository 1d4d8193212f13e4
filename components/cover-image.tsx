import { uploadUrl } from "@/lib/upload-names";

/**
 * The cover of an article or an event, already resized and re-encoded at
 * upload. Decorative: the title beside it says what the page is about. A
 * plain img, since next/image would re-process a file sharp has just made.
 */
export function CoverImage({ name, className = "", priority = false }: { name: string; className?: string; priority?: boolean }) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- see above
    <img
      src={uploadUrl(name)}
      alt=""
      width={1600}
      height={900}
      loading={priority ? "eager" : "lazy"}
      decoding="async"
      className={`aspect-[16/9] w-full rounded-lg bg-slate-100 object-cover ${className}`}
    />
  );
}
