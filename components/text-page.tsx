import type { ReactNode } from "react";

/** A page of prose in sections: the privacy notice, the legal notice, the accessibility statement. */
export function TextPage({ title, intro, sections }: { title: string; intro: ReactNode; sections: { title: string; body: ReactNode }[] }) {
  return (
    <article className="mx-auto max-w-2xl">
      <h1 className="text-3xl font-bold">{title}</h1>
      <p className="mt-4 leading-relaxed text-slate-700">{intro}</p>
      {sections.map((section) => (
        <section key={section.title} className="mt-6">
          <h2 className="text-xl font-semibold">{section.title}</h2>
          <div className="mt-2 space-y-2 leading-relaxed text-slate-700">{section.body}</div>
        </section>
      ))}
    </article>
  );
}
