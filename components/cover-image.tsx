import { uploadUrl } from "@/lib/upload-names";

type Props = {
  name: string;
  /** What the image shows, in the language of the text beside it (the editor requires it with a cover). */
  alt: string | null;
  /** The language of `alt` when it is not the page's. */
  lang?: string;
  className?: string;
  priority?: boolean;
};

/**
 * The cover of an article or an event, already resized and re-encoded at
 * upload. A plain img, since next/image would re-process a file sharp has just made.
 * A cover saved before descriptions were required has none: it is then decorative.
 */
export function CoverImage({ name, alt, lang, className = "", priority = false }: Props) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- see above
    <img
      src={uploadUrl(name)}
      alt={alt ?? ""}
      lang={alt ? lang : undefined}
      width={1600}
      height={900}
      loading={priority ? "eager" : "lazy"}
      decoding="async"
      className={`aspect-[16/9] w-full rounded-lg bg-slate-100 object-cover ${className}`}
    />
  );
}
