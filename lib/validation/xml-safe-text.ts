/**
 * Characters XML 1.0 does not allow (C0 controls but tab and line ends,
 * U+FFFE, U+FFFF, lone surrogates), and DEL, which only ever hides text. One
 * U+0001 in a summary made the RSS feed invalid XML for every reader. NUL is
 * left for parseForm, which refuses it as a field error.
 */
const NOT_IN_XML = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|\p{Cs}/gu;

/** The text without the characters a feed or a page could not carry. */
export function dropNonXmlCharacters(value: string): string {
  return value.replace(NOT_IN_XML, "");
}
