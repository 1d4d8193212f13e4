"use client";

import { useCallback, useSyncExternalStore } from "react";
import type { ReaderState } from "@/lib/reader-state";

/**
 * The reader's own state for a cached page, from /api/reader. The islands of
 * one page ask with the same query (the page writes it), so they share one
 * request; an island that changed something reloads it for all of them.
 * `undefined` until it answers (and on the server, so without JavaScript): the
 * island shows the public state meanwhile. `null` if it could not answer.
 */
type Entry = { value: ReaderState | null | undefined; loading: boolean; listeners: Set<() => void> };
const entries = new Map<string, Entry>();

async function load(query: string, entry: Entry): Promise<void> {
  entry.loading = true;
  const value = await fetch(`/api/reader?${query}`, { credentials: "same-origin", cache: "no-store" })
    .then((response) => (response.ok ? (response.json() as Promise<ReaderState>) : null))
    .catch(() => null);
  entry.loading = false;
  entry.value = value;
  for (const listener of entry.listeners) listener();
}

function entryFor(query: string): Entry {
  let entry = entries.get(query);
  if (!entry) entries.set(query, (entry = { value: undefined, loading: false, listeners: new Set() }));
  return entry;
}

/**
 * `query` is what the page asks (`event=…`, `ideas=1,2`); `page` tells apart
 * two pages that ask the same thing (the account menu, which stays mounted
 * across navigations, asks again on each page: a sign-in or sign-out moves on
 * without reloading it).
 */
export function useReader(query: string, page = ""): [ReaderState | null | undefined, () => Promise<void>] {
  const key = `${query}#${page}`;
  const subscribe = useCallback(
    (listener: () => void) => {
      const entry = entryFor(key);
      entry.listeners.add(listener);
      if (entry.value === undefined && !entry.loading) void load(query, entry);
      return () => {
        entry.listeners.delete(listener);
        // The next page (or this one, visited again) asks afresh.
        if (entry.listeners.size === 0) entries.delete(key);
      };
    },
    [key, query],
  );
  const value = useSyncExternalStore(
    subscribe,
    () => entries.get(key)?.value,
    () => undefined,
  );
  const reload = useCallback(() => load(query, entryFor(key)), [key, query]);
  return [value, reload];
}
