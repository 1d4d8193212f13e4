import type { ReactNode } from "react";

/** A mailto link inside translated prose (`t.rich(..., { mail: mailLink(address) })`). */
export const mailLink = (address: string) =>
  function MailLink(chunks: ReactNode) {
    return (
      <a href={`mailto:${address}`} className="text-azblue-700 underline underline-offset-2">
        {chunks}
      </a>
    );
  };
