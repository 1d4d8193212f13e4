/**
 * An iCalendar (RFC 5545) writer: pure, so that every rule below is unit-tested.
 * Times are written in UTC (no VTIMEZONE needed); lines end in CRLF and are
 * folded at 75 octets without cutting a UTF-8 character in two.
 */
export type IcalEvent = {
  /** Stable across edits and across both language feeds: calendars update the event they know. */
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  categories?: string[];
  /** The language of the texts, as a LANGUAGE parameter. */
  language?: string;
  /** Bumped on every edit, with lastModified. */
  sequence?: number;
  lastModified?: Date;
  /** A cancelled event stays in feeds and files as CANCELLED, so that calendars strike it out. */
  cancelled?: boolean;
};

export type IcalCalendar = {
  prodId: string;
  name?: string;
  description?: string;
  /** For subscribed feeds: how often a calendar application should fetch again. */
  refreshHours?: number;
  /** DTSTAMP: when this calendar was written. */
  stamp: Date;
  events: IcalEvent[];
};

const MAX_OCTETS = 75;

/** 2025-03-30T17:00:00.000Z → 20250330T170000Z */
export function icalDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/[-:]/g, "");
}

/** TEXT values: backslash, semicolon, comma and line breaks escaped; other control characters dropped. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n")
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f\ufffe\uffff]|\p{Cs}/gu, "");
}

function octets(char: string): number {
  const code = char.codePointAt(0)!;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** One content line, folded: no physical line passes 75 octets, continuation lines start with a space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let size = 0;
  for (const char of line) {
    const length = octets(char);
    if (size + length > MAX_OCTETS) {
      parts.push(current);
      current = " ";
      size = 1;
    }
    current += char;
    size += length;
  }
  parts.push(current);
  return parts.join("\r\n");
}

function textProperty(name: string, value: string, language?: string): string {
  return `${name}${language ? `;LANGUAGE=${language}` : ""}:${escapeText(value)}`;
}

function eventLines(event: IcalEvent, stamp: Date): string[] {
  const lines = [
    "BEGIN:VEVENT",
    `UID:${event.uid.replace(/[\r\n]/g, "")}`,
    `DTSTAMP:${icalDate(stamp)}`,
    `DTSTART:${icalDate(event.start)}`,
    `DTEND:${icalDate(event.end)}`,
    textProperty("SUMMARY", event.summary, event.language),
  ];
  if (event.description) lines.push(textProperty("DESCRIPTION", event.description, event.language));
  if (event.location) lines.push(textProperty("LOCATION", event.location, event.language));
  if (event.url) lines.push(`URL:${event.url.replace(/[\r\n]/g, "")}`);
  if (event.categories?.length) lines.push(`CATEGORIES:${event.categories.map(escapeText).join(",")}`);
  if (event.sequence !== undefined) lines.push(`SEQUENCE:${Math.max(0, Math.trunc(event.sequence))}`);
  if (event.lastModified) lines.push(`LAST-MODIFIED:${icalDate(event.lastModified)}`);
  lines.push(event.cancelled ? "STATUS:CANCELLED" : "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT");
  return lines;
}

export function buildCalendar(calendar: IcalCalendar): string {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", `PRODID:${escapeText(calendar.prodId)}`, "CALSCALE:GREGORIAN", "METHOD:PUBLISH"];
  if (calendar.name) lines.push(textProperty("NAME", calendar.name), textProperty("X-WR-CALNAME", calendar.name));
  if (calendar.description) lines.push(textProperty("X-WR-CALDESC", calendar.description));
  if (calendar.refreshHours) lines.push(`REFRESH-INTERVAL;VALUE=DURATION:PT${calendar.refreshHours}H`, `X-PUBLISHED-TTL:PT${calendar.refreshHours}H`);
  for (const event of calendar.events) lines.push(...eventLines(event, calendar.stamp));
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
