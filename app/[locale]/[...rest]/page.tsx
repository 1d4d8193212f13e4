import { notFound } from "next/navigation";

// Any other path under a locale gets the 404 page in that language.
export default function CatchAll() {
  notFound();
}
