import "server-only";
import { render } from "@react-email/render";
import { createTranslator } from "next-intl";
import type { ReactNode } from "react";
import type { Organisation } from "@/db/schema";
import type { Locale } from "@/i18n/routing";
import az from "@/messages/az.json";
import fr from "@/messages/fr.json";
import { MailLayout } from "@/emails/mail-layout";
import { TextMail } from "@/emails/text-mail";

const catalogues = { fr, az } satisfies Record<Locale, unknown>;

export type MailFrame = { locale: Locale; preview: string; organisation?: Organisation; footer?: ReactNode };

/** A react-email body in the portal's frame, in the recipient's language, as HTML. */
export async function renderMailHtml(frame: MailFrame, children: ReactNode): Promise<string> {
  const t = createTranslator({ locale: frame.locale, messages: catalogues[frame.locale], namespace: "Mail" });
  const sender = frame.organisation ? createTranslator({ locale: frame.locale, messages: catalogues[frame.locale], namespace: "News.organisation" })(frame.organisation) : null;
  return render(
    <MailLayout lang={frame.locale} preview={frame.preview} siteName={t("siteName")} sender={sender} footer={frame.footer ?? t("footer")}>
      {children}
    </MailLayout>,
  );
}

/** The HTML part of a mail written as text (accounts, ideas): the same words, its links as buttons. */
export async function renderTextMailHtml(frame: MailFrame, text: string): Promise<string> {
  const t = createTranslator({ locale: frame.locale, messages: catalogues[frame.locale], namespace: "Mail" });
  return renderMailHtml(frame, <TextMail text={text} action={t("openLink")} />);
}
