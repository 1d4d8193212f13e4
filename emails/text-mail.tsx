import { Button, Link, Text } from "@react-email/components";
import { Fragment } from "react";
import { mailColours } from "./mail-layout";

const url = /(https?:\/\/[^\s<>"]+)/;

/** A line of the text part, its addresses as links. */
function Line({ line }: { line: string }) {
  return (
    <>
      {line.split(url).map((part, i) =>
        url.test(part) ? (
          <Link key={i} href={part} style={{ color: mailColours.link, wordBreak: "break-all" }}>
            {part}
          </Link>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </>
  );
}

/**
 * The HTML of a mail written as text: one paragraph per blank-line block; a
 * line that is only an address becomes a button (the mail's action), after
 * the sentence that announces it.
 */
export function TextMail({ text, action }: { text: string; action: string }) {
  return (
    <>
      {text.split(/\n{2,}/).map((block, b) => {
        const lines = block.split("\n");
        const links = lines.filter((line) => /^https?:\/\/\S+$/.test(line.trim()));
        const words = lines.filter((line) => !links.includes(line));
        return (
          <Fragment key={b}>
            {words.length > 0 && (
              <Text style={{ margin: "12px 0" }}>
                {words.map((line, i) => (
                  <Fragment key={i}>
                    {i > 0 && <br />}
                    <Line line={line} />
                  </Fragment>
                ))}
              </Text>
            )}
            {links.map((link) => (
              <Fragment key={link}>
                <Button href={link.trim()} style={{ backgroundColor: mailColours.link, color: mailColours.white, borderRadius: "6px", padding: "12px 18px", fontWeight: 600 }}>
                  {action}
                </Button>
                <Text style={{ margin: "8px 0 12px", fontSize: "13px", color: mailColours.muted, wordBreak: "break-all" }}>{link.trim()}</Text>
              </Fragment>
            ))}
          </Fragment>
        );
      })}
    </>
  );
}
