import "server-only";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";

/**
 * A memo for one request. React's `cache` memoizes only inside a render:
 * route handlers (`/api/reader`) and server actions run outside one, where
 * every ask of the session read its row again (Auth.js's callback, then the
 * portal's own check). Keyed on the request's headers object, which Next
 * keeps for the whole request; outside a request (tests, jobs) nothing is
 * kept and each call loads.
 */
const memos = new WeakMap<object, Map<string, Promise<unknown>>>();

async function currentRequest(): Promise<object | undefined> {
  try {
    return await headers();
  } catch (error) {
    // Next's own signals (a page being prerendered) go on; "outside a request scope" means no memo.
    unstable_rethrow(error);
    return undefined;
  }
}

/** `load()` once per request and `key`; a failed load is forgotten, so that the next ask tries again. */
export async function oncePerRequest<T>(key: string, load: () => Promise<T>): Promise<T> {
  const request = await currentRequest();
  if (!request) return load();
  const memo = memos.get(request) ?? new Map<string, Promise<unknown>>();
  memos.set(request, memo);
  const known = memo.get(key) as Promise<T> | undefined;
  if (known) return known;
  const loading = load();
  memo.set(key, loading);
  loading.catch(() => memo.delete(key));
  return loading;
}

/** Forgets what this request kept: after a server action changed data, the page rendered in the same request reads it afresh. */
export async function forgetRequestMemo(): Promise<void> {
  const request = await currentRequest();
  if (request) memos.delete(request);
}
