"use client";

import { useCallback, useSyncExternalStore } from "react";
import type { ReaderState } from "@/lib/reader-state";

/**
 * The reader's own state for a cached page, from /api/reader. The islands of
 * one page ask with the same query (the page writes it), so they share one
 * request; an island that changed something reloads it for all of them. The
 * account menu asks for nothing of its own: every answer names the reader, so
 * it takes the page's answer, and asks alone only on a page without islands.
 * `undefined` until it answers (and on the server, so without JavaScript): the
 * island shows the public state meanwhile. `null` if it could not answer.
 */
type Entry = { query: string; value: ReaderState | null | undefined; loading: boolean; listeners: Set<() => void> };
const entries = new Map<string, Entry>();

async function load(entry: Entry): Promise<void> {
  entry.loading = true;
  const value = await fetch(`/api/reader?${entry.query}`, { credentials: "same-origin", cache: "no-store" })
    .then((response) => (response.ok ? (response.json() as Promise<ReaderState>) : null))
    .catch(() => null);
  entry.loading = false;
  entry.value = value;
  for (const listener of entry.listeners) listener();
}

function entryFor(query: string): Entry {
  let entry = entries.get(query);
  if (!entry) entries.set(query, (entry = { query, value: undefined, loading: false, listeners: new Set() }));
  return entry;
}

function listen(entry: Entry, listener: () => void): () => void {
  entry.listeners.add(listener);
  if (entry.value === undefined && !entry.loading) void load(entry);
  return () => {
    entry.listeners.delete(listener);
    // The next page (or this one, visited again) asks afresh.
    if (entry.listeners.size === 0 && entries.get(entry.query) === entry) entries.delete(entry.query);
  };
}

/** `query` is what the page asks (`event=…`, `ideas=1,2`), the same for all its islands. */
export function useReader(query: string): [ReaderState | null | undefined, () => Promise<void>] {
  const subscribe = useCallback((listener: () => void) => listen(entryFor(query), listener), [query]);
  const value = useSyncExternalStore(
    subscribe,
    () => entries.get(query)?.value,
    () => undefined,
  );
  const reload = useCallback(() => load(entryFor(query)), [query]);
  return [value, reload];
}

// The entry each mounted account menu follows, by the page (pathname) it was asked for.
const followed = new Map<string, Entry>();

/**
 * The reader's state for the account menu, which stays mounted across
 * navigations: `page` (the pathname) makes it ask again on each page, so that
 * a sign-in or a sign-out shows without a reload. The page's islands subscribe
 * in the same commit, after the header's menu: once they have (a microtask
 * later), the menu follows their entry, or asks with an empty query.
 */
export function usePageReader(page: string): ReaderState | null | undefined {
  const subscribe = useCallback(
    (listener: () => void) => {
      let stop: (() => void) | undefined;
      let stopped = false;
      queueMicrotask(() => {
        if (stopped) return;
        const island = [...entries.values()].find((entry) => entry.query !== "" && entry.listeners.size > 0);
        const entry = island ?? { query: "", value: undefined, loading: false, listeners: new Set<() => void>() };
        followed.set(page, entry);
        stop = listen(entry, listener);
        listener();
      });
      return () => {
        stopped = true;
        stop?.();
        followed.delete(page);
      };
    },
    [page],
  );
  return useSyncExternalStore(
    subscribe,
    () => followed.get(page)?.value,
    () => undefined,
  );
}
