// Whether the database can be used, as a breaker: a query that fails for want
// of a connection (refused, reset, ended, the server shutting down) opens it;
// while it is open, one cheap probe at a time (every PROBE_INTERVAL_MS) closes
// it as soon as PostgreSQL answers. Pages read it before Next renders them, so
// that an outage answers a fast 503 instead of waiting on the driver.
// The state lives on globalThis: the instrumentation bundle and every route
// bundle of `next start` share one process and must share one breaker.

import { AsyncLocalStorage } from "node:async_hooks";

const PROBE_INTERVAL_MS = 250;

// Node's socket errors, postgres.js's own codes and PostgreSQL's SQLSTATEs of
// the connection kind (class 08, and 57P01-57P03: admin/crash shutdown, cannot connect now).
const connectionCodes = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
  "CONNECTION_ENDED",
  "CONNECTION_CLOSED",
  "CONNECTION_DESTROYED",
  "CONNECT_TIMEOUT",
  "57P01",
  "57P02",
  "57P03",
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
]);

type Breaker = {
  /** False until start-up has migrated the database (a PostgreSQL that is down at start-up). */
  ready: boolean;
  open: boolean;
  openedAt: number;
  /** performance.now() when the probe last closed the breaker. */
  closedAt: number;
  probe?: () => Promise<unknown>;
  timer?: NodeJS.Timeout;
};

/** What a request does when its own query finds the connection lost (the request gate answers the 503 at once). */
type RequestScope = { onConnectionLost: () => void };

const globalForBreaker = globalThis as unknown as { portalDatabaseBreaker?: Breaker; portalRequestScope?: AsyncLocalStorage<RequestScope> };

function requestScope(): AsyncLocalStorage<RequestScope> {
  globalForBreaker.portalRequestScope ??= new AsyncLocalStorage<RequestScope>();
  return globalForBreaker.portalRequestScope;
}

/**
 * Runs a request's work so that a connection error met by any of its queries,
 * wherever the code that ran it catches or rethrows it, calls `onConnectionLost`.
 */
export function runRequest<T>(onConnectionLost: () => void, work: () => T): T {
  return requestScope().run({ onConnectionLost }, work);
}

function breaker(): Breaker {
  globalForBreaker.portalDatabaseBreaker ??= { ready: true, open: false, openedAt: 0, closedAt: 0 };
  return globalForBreaker.portalDatabaseBreaker;
}

/** True for errors that say the database cannot be reached, not that a query is wrong. Follows `cause` (drizzle wraps driver errors). */
export function isConnectionError(error: unknown): boolean {
  for (let current = error, depth = 0; current && typeof current === "object" && depth < 5; depth++) {
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === "string" && connectionCodes.has(code)) return true;
    if (typeof message === "string" && /connect ECONNREFUSED|Connection terminated|terminating connection due to administrator command/i.test(message)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** True when pages may use the database. */
export function isDatabaseAvailable(): boolean {
  const state = breaker();
  return state.ready && !state.open;
}

/** How long the breaker has been open, in ms (0 when closed). */
export function outageDuration(now = Date.now()): number {
  const state = breaker();
  return state.open ? now - state.openedAt : 0;
}

/** The query the breaker runs to learn that the database is back (set by the database client). */
export function setDatabaseProbe(probe: () => Promise<unknown>): void {
  breaker().probe = probe;
}

/** Start-up: pages answer 503 until the database is migrated. */
export function setDatabaseReady(ready: boolean): void {
  breaker().ready = ready;
}

function scheduleProbe(): void {
  const state = breaker();
  if (state.timer || !state.open) return;
  state.timer = setTimeout(async () => {
    let answered = false;
    try {
      if (state.probe) {
        await state.probe();
        answered = true;
      }
    } catch {
      // Still down; the next probe follows.
    }
    state.timer = undefined;
    if (answered && state.open) {
      state.open = false;
      state.closedAt = performance.now();
      console.log(`[portal] database reachable again after ${Date.now() - state.openedAt} ms`);
    }
    scheduleProbe();
  }, PROBE_INTERVAL_MS);
  state.timer.unref();
}

/**
 * Opens the breaker if `error` is of the connection kind; returns whether it was.
 * `sentAt` (performance.now() when the query was sent): a query sent before the
 * probe closed the breaker may fail after it, with an answer PostgreSQL gave
 * while it was still starting (57P03, "not yet accepting connections"), read
 * late on a busy machine. That answer says nothing about now: its request
 * still answers 503, but the breaker stays closed.
 */
export function noteDatabaseError(error: unknown, sentAt?: number): boolean {
  if (!isConnectionError(error)) return false;
  const state = breaker();
  if (!state.open && sentAt !== undefined && sentAt < state.closedAt) {
    requestScope().getStore()?.onConnectionLost();
    return true;
  }
  if (!state.open) {
    state.open = true;
    state.openedAt = Date.now();
    const code = (error as { code?: string }).code ?? (error as { cause?: { code?: string } }).cause?.code ?? "";
    console.error(`[portal] database unreachable (${code || (error as Error).message}); answering 503 until it is back`);
  }
  scheduleProbe();
  requestScope().getStore()?.onConnectionLost();
  return true;
}
