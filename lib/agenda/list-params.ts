import { eventCategories, organisations, type EventCategory, type Organisation } from "@/db/schema";
import { monthOf, parseMonth, type Month } from "./month";

type SearchParams = Record<string, string | string[] | undefined>;

export type AgendaView = "upcoming" | "past" | "month";

/** `org`: only the events one organisation organises (alone or with others). */
export type AgendaParams = { view: AgendaView; category?: EventCategory; org?: Organisation; month: Month; after: string | null };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The agenda's address parameters, whatever was typed in the address bar. */
export function readAgendaParams(params: SearchParams, now = new Date()): AgendaParams {
  const view = first(params.view);
  const category = eventCategories.find((c) => c === first(params.category));
  return {
    view: view === "past" || view === "month" ? view : "upcoming",
    category,
    org: organisations.find((o) => o === first(params.org)),
    month: parseMonth(first(params.month)) ?? monthOf(now),
    after: first(params.after) ?? null,
  };
}

/** The query of an agenda address: only what differs from the defaults. */
export function agendaQuery(params: { view: AgendaView; category?: EventCategory; org?: Organisation; month?: string; after?: string | null }): Record<string, string> {
  return {
    ...(params.view !== "upcoming" ? { view: params.view } : {}),
    ...(params.category ? { category: params.category } : {}),
    ...(params.org ? { org: params.org } : {}),
    ...(params.view === "month" && params.month ? { month: params.month } : {}),
    ...(params.after ? { after: params.after } : {}),
  };
}
