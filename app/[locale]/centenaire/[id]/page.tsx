import { notFound } from "next/navigation";

// No entry exists yet: the pillar behind this path is still to come.
export default function Page() {
  notFound();
}
