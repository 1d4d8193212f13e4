import type { MetadataRoute } from "next";

// The portal speaks two languages; its installed name carries both, and it opens on the visitor's language.
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Azerbaïdjanais de France · Fransa azərbaycanlıları",
    short_name: "Azərbaycan · France",
    start_url: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#0077a3",
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
    ],
  };
}
