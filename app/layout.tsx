import type { Metadata } from "next";
import type { ReactNode } from "react";
import { env } from "@/lib/env";
import "./globals.css";

// The icons and the default Open Graph image sit at this level: their addresses are made absolute with SITE_URL.
export function generateMetadata(): Metadata {
  return { metadataBase: new URL(env().SITE_URL) };
}

// The <html> element lives in app/[locale]/layout.tsx, where the language is known.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
