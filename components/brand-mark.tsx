import { brandMarkSvgBody } from "@/lib/brand-mark";

/** The portal's mark (crescent and eight-pointed star on the flag's bands), decorative beside the site name. */
export function BrandMark({ className }: { className?: string }) {
  return <svg aria-hidden="true" viewBox="0 0 48 48" className={className} dangerouslySetInnerHTML={{ __html: brandMarkSvgBody("header-mark") }} />;
}
