/**
 * One Intl.DateTimeFormat per language and options, made once and kept:
 * making one costs far more than using it (a profile of the account page
 * under load found a fifth of its CPU time in making formatters for its
 * list of events). The keys come from the code's own option sets, so the
 * map stays small.
 */
const formats = new Map<string, Intl.DateTimeFormat>();

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}
