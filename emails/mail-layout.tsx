import { Body, Container, Head, Hr, Html, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";
import { brandColours } from "@/lib/brand-mark";

// The portal's own blue for text on white (app/globals.css, azblue-700): the flag's is too light to read.
export const mailColours = { ink: "#0f172a", muted: "#475569", link: "#005f82", ...brandColours } as const;

type Props = { lang: string; preview: string; siteName: string; sender: string | null; footer: ReactNode; children: ReactNode };

/**
 * Every mail's frame: the flag's three bands, the portal and the organisation
 * that speaks, the message, and a footer that says why it came. One column,
 * at most 560 px, that reads at 360 px and in a client without styles.
 */
export function MailLayout({ lang, preview, siteName, sender, footer, children }: Props) {
  const band = (colour: string) => <Section style={{ backgroundColor: colour, height: "6px", lineHeight: "6px", fontSize: "1px" }}>&nbsp;</Section>;
  return (
    <Html lang={lang}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: "#f8fafc", fontFamily: "'Noto Sans', Arial, sans-serif", color: mailColours.ink, margin: 0, padding: "16px 0" }}>
        <Container style={{ maxWidth: "560px", width: "100%", backgroundColor: mailColours.white, borderRadius: "8px", overflow: "hidden" }}>
          {band(mailColours.blue)}
          {band(mailColours.red)}
          {band(mailColours.green)}
          <Section style={{ padding: "16px 24px 0" }}>
            <Text style={{ margin: 0, fontSize: "14px", fontWeight: 700, color: mailColours.link }}>{siteName}</Text>
            {sender && <Text style={{ margin: "2px 0 0", fontSize: "13px", color: mailColours.muted }}>{sender}</Text>}
          </Section>
          <Section style={{ padding: "8px 24px 16px", fontSize: "16px", lineHeight: "24px" }}>{children}</Section>
          <Hr style={{ borderColor: "#e2e8f0", margin: 0 }} />
          <Section style={{ padding: "12px 24px 16px", fontSize: "12px", lineHeight: "18px", color: mailColours.muted }}>{footer}</Section>
        </Container>
      </Body>
    </Html>
  );
}
