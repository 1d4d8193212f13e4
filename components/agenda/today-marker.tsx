"use client";

import { useEffect } from "react";

/**
 * Marks today's cell in the month grid (aria-current="date", which the grid's
 * styles show). Done in the browser: the month page is one cached HTML for
 * every reader, kept for longer than a day.
 */
export function TodayMarker() {
  useEffect(() => {
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
    const cell = document.querySelector<HTMLElement>(`[data-day="${today}"]`);
    cell?.setAttribute("aria-current", "date");
    return () => cell?.removeAttribute("aria-current");
  }, []);
  return null;
}
