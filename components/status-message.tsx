import { Link } from "@/i18n/navigation";

type Props = { code: string; title: string; text: string; back: string };

export function StatusMessage({ code, title, text, back }: Props) {
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <p className="text-5xl font-bold text-azblue-600" aria-hidden="true">
        {code}
      </p>
      <h1 className="mt-4 text-2xl font-bold">{title}</h1>
      <p className="mt-3 text-slate-700">{text}</p>
      <Link href="/" className="mt-6 inline-block font-medium text-azblue-700 underline underline-offset-2">
        {back}
      </Link>
    </div>
  );
}
