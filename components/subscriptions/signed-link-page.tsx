import type { ComponentProps, ReactNode } from "react";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { Link } from "@/i18n/navigation";

/**
 * The frame of the pages a mail's signed link opens (confirm, manage, unsubscribe): the title, then the
 * outcome when there is one (done, or a link that no longer works), else the page's form; and a way on.
 */
export function SignedLinkPage({
  title,
  outcome,
  back,
  wide = false,
  children,
}: {
  title: string;
  outcome: string | null;
  back: { href: ComponentProps<typeof Link>["href"]; label: string };
  wide?: boolean;
  children?: ReactNode;
}) {
  return (
    <div className={`mx-auto space-y-6 ${wide ? "max-w-2xl" : "max-w-xl"}`}>
      <h1 className="text-3xl font-bold">{title}</h1>
      {outcome ? (
        <p role="status" className="rounded-md border border-slate-300 bg-slate-50 px-4 py-3 font-medium">
          {outcome}
        </p>
      ) : (
        children
      )}
      <Link href={back.href} className="font-medium text-azblue-700 underline underline-offset-2">
        {back.label}
      </Link>
    </div>
  );
}

/** A signed link's one step: what it does, and the button that does it (opening the link alone changes nothing: mail scanners open links). */
export function SignedLinkForm({
  action,
  locale,
  token,
  heading,
  intro,
  submit,
  tone,
}: {
  action: (formData: FormData) => void | Promise<void>;
  locale: string;
  token: string;
  heading?: string;
  intro: string;
  submit: string;
  tone: "confirm" | "leave";
}) {
  return (
    <form action={action} className={heading ? "space-y-3 rounded-lg border border-slate-200 p-4" : "space-y-4"}>
      <HiddenFields values={{ locale, token }} />
      {heading ? <h2 className="text-xl font-semibold">{heading}</h2> : null}
      <p>{intro}</p>
      <button
        type="submit"
        className={
          tone === "confirm"
            ? "rounded-md bg-azblue-600 px-4 py-2.5 font-semibold text-white hover:bg-azblue-700"
            : "rounded-md border border-azred-600 px-4 py-2 font-medium text-azred-600 hover:bg-red-50"
        }
      >
        {submit}
      </button>
    </form>
  );
}
