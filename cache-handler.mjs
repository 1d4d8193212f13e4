// Next.js incremental cache (ISR pages, route handlers, fetch and
// unstable_cache data) shared by every instance of the portal. Loaded by
// `next start` outside the bundles (next.config.ts `cacheHandler`), hence
// plain JavaScript reading process.env itself.
//
// - REDIS_URL set: entries live in Redis, so every instance serves the page
//   another one rendered. A hit is one GET. A tag invalidation deletes the
//   entries carrying the tag (a set per tag indexes them) and is published so
//   that every instance also knows the time (which guards against a render
//   that started before the change and is stored after it).
// - DATABASE_URL without REDIS_URL: entries stay in each instance's memory; the
//   time each tag was invalidated is kept in PostgreSQL
//   (cache_tag_invalidations) and pushed to every instance by LISTEN/NOTIFY
//   into a map in memory, so a hit costs no network round trip and a change on
//   one instance expires the pages of the others. Each instance renders a page
//   once for itself after a change.
// - Neither (the embedded database, one process): memory only.
// - Whatever the above, a cached search (a page under /<locale>/per-query/,
//   lib/cached-pages.ts) stays in this instance's memory, in a store of its
//   own: queries have no end, so they must neither fill Redis nor push the
//   pages out. Each instance renders a query once for itself.
//
// - An entry is dated from the start of its render, not its end: a change
//   made while a page was being rendered outdates what that render stores.
// - Every invalidation, this instance's or another's, moves a counter on
//   (cacheGeneration): the server entry's one-second copies of cached pages
//   (server/http/micro-cache.ts) are of no more use once it has moved.
//
// Only the interface Next documents for a cache handler is used (get, set,
// revalidateTag, resetRequestCache): whether an entry still holds is decided
// here, from the times its tags were invalidated. The portal invalidates with
// updateTag and revalidatePath (expired at once). A tag revalidated with a
// profile, revalidateTag(tag, profile), is stale at once too: the next reader
// waits for a fresh render rather than being served the old page while it is
// made (Next keeps the times that would allow that in a private module).
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const CHANNEL = "portal_cache_tags";
const TAGS_HEADER = "x-next-cache-tags";
const MEMORY_LIMIT_BYTES = 64 * 1024 * 1024;
const SEARCH_MEMORY_LIMIT_BYTES = 8 * 1024 * 1024;
// lib/cached-pages.ts perQueryPrefix, under a locale.
const PER_QUERY_KEY = /^\/[a-z]{2}\/per-query\//;
const DEFAULT_TTL_SECONDS = 14 * 24 * 3600;
const ECHO_TIMEOUT_MS = 2_000;

// One state per process: Next creates a handler for every request.
const state = (globalThis.__portalCacheHandler ??= {
  pages: { entries: new Map(), bytes: 0, limit: MEMORY_LIMIT_BYTES },
  searches: { entries: new Map(), bytes: 0, limit: SEARCH_MEMORY_LIMIT_BYTES },
  tagTimes: new Map(),
  pendingEchoes: new Map(),
  ready: undefined,
  redis: undefined,
  sql: undefined,
  prefix: "",
  generation: 0,
  renderStarts: new Map(),
});

// A render whose start was noted this long ago without being stored failed: its note is dropped. Renders
// that store nothing (a page not found) leave their note behind: past the bound, the oldest notes go.
const RENDER_NOTE_MS = 5 * 60_000;
const RENDER_NOTES_MAX = 10_000;

/**
 * Notes that a render of `key` starts now (the entry is missing, outdated or
 * past its revalidation time): the entry it stores is dated from its start,
 * not from its end, so that an invalidation during the render outdates it
 * (its data may have been read before the change). The earliest note stands.
 */
function noteRenderStart(key) {
  const known = state.renderStarts.get(key);
  if (known !== undefined && Date.now() - known <= RENDER_NOTE_MS) return;
  // Re-inserted, so that the Map's first key is always the oldest note.
  state.renderStarts.delete(key);
  state.renderStarts.set(key, Date.now());
  if (state.renderStarts.size > RENDER_NOTES_MAX) state.renderStarts.delete(state.renderStarts.keys().next().value);
}

/** When the render being stored for `key` started (now if no start was noted). */
function takeRenderStart(key) {
  const now = Date.now();
  const started = state.renderStarts.get(key);
  state.renderStarts.delete(key);
  return started !== undefined && now - started <= RENDER_NOTE_MS ? started : now;
}

/** How many invalidations this process has applied, its own and the other instances'. */
export function cacheGeneration() {
  return state.generation;
}

/** Records a tag's times; times only move forward. */
function applyTagTimes(tag, times) {
  const known = state.tagTimes.get(tag) ?? {};
  const merged = {
    stale: Math.max(known.stale ?? 0, times.stale ?? 0) || undefined,
    expired: Math.max(known.expired ?? 0, times.expired ?? 0) || undefined,
  };
  state.tagTimes.set(tag, merged);
}

function receiveNotice(message) {
  const { id, tags } = JSON.parse(message);
  for (const [tag, times] of Object.entries(tags)) applyTagTimes(tag, times);
  state.generation += 1;
  state.pendingEchoes.get(id)?.();
}

/** Whether a tag of the entry was invalidated since it was stored: expired, or stale (a profile's invalidation). */
function isOutdated(tags, lastModified) {
  const now = Date.now();
  // In the same millisecond, the entry may have been rendered before the change: it is outdated too.
  const since = (time) => typeof time === "number" && time <= now && time >= lastModified;
  return tags.some((tag) => {
    const times = state.tagTimes.get(tag);
    return since(times?.expired) || since(times?.stale);
  });
}

function entryTags(entry, ctx) {
  const header = entry.value?.headers?.[TAGS_HEADER];
  const tags = typeof header === "string" ? header.split(",") : [...(entry.tags ?? [])];
  if (ctx?.softTags) tags.push(...ctx.softTags);
  if (ctx?.tags) tags.push(...ctx.tags);
  return tags;
}

// Values hold Buffers (RSC payloads, route bodies) and Maps (segments); JSON keeps neither.
function encode(value) {
  if (Buffer.isBuffer(value)) return { $b: value.toString("base64") };
  if (value instanceof Map) return { $m: [...value].map(([k, v]) => [k, encode(v)]) };
  if (Array.isArray(value)) return value.map(encode);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
  return value;
}

function decode(value) {
  if (Array.isArray(value)) return value.map(decode);
  if (value && typeof value === "object") {
    if (typeof value.$b === "string") return Buffer.from(value.$b, "base64");
    if (Array.isArray(value.$m)) return new Map(value.$m.map(([k, v]) => [k, decode(v)]));
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decode(v)]));
  }
  return value;
}

function sizeOf(value) {
  // Two bytes a character: a string with one letter beyond Latin-1 (ə, ş…) is stored in UTF-16.
  if (typeof value === "string") return value.length * 2;
  if (Buffer.isBuffer(value)) return value.length;
  if (value instanceof Map) return [...value.values()].reduce((n, v) => n + sizeOf(v), 0);
  if (value && typeof value === "object") return Object.values(value).reduce((n, v) => n + sizeOf(v), 64);
  return 8;
}

/** Where a key lives in memory: a cached search in its own store, any other entry with the pages. */
function memoryStore(key) {
  return PER_QUERY_KEY.test(key) ? state.searches : state.pages;
}

function rememberInMemory(key, entry) {
  const store = memoryStore(key);
  forgetInMemory(key);
  entry.bytes = sizeOf(entry.value);
  store.entries.set(key, entry);
  store.bytes += entry.bytes;
  // A Map keeps insertion order and a hit re-inserts: the first key is the least recently used.
  for (const [oldKey] of store.entries) {
    if (store.bytes <= store.limit) break;
    forgetInMemory(oldKey);
  }
}

function readFromMemory(key) {
  const { entries } = memoryStore(key);
  const entry = entries.get(key);
  if (entry) {
    entries.delete(key);
    entries.set(key, entry);
  }
  return entry;
}

function forgetInMemory(key) {
  const store = memoryStore(key);
  const old = store.entries.get(key);
  if (!old) return;
  store.entries.delete(key);
  store.bytes -= old.bytes;
}

/** Whether the entry goes to Redis: the shared cache is up and the key is not a search's. */
function sharedKey(key) {
  return state.redis !== undefined && !PER_QUERY_KEY.test(key);
}

const CONNECT_TIMEOUT_MS = 10_000;
const RETRY_AFTER_MS = 30_000;

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms / 1000} s`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function connectRedis(url) {
  const { createClient } = await import("redis");
  const client = createClient({ url });
  const subscriber = client.duplicate();
  for (const c of [client, subscriber]) c.on("error", (error) => console.error(`[cache] redis: ${error.message}`));
  const times = await withTimeout(
    (async () => {
      await Promise.all([client.connect(), subscriber.connect()]);
      await subscriber.subscribe(`${state.prefix}${CHANNEL}`, receiveNotice);
      return client.hGetAll(`${state.prefix}tags`);
    })(),
    CONNECT_TIMEOUT_MS,
    "Redis",
  ).catch((error) => {
    // A later attempt makes new clients; these would keep reconnecting for nothing.
    for (const c of [client, subscriber]) Promise.resolve(c.destroy()).catch(() => {});
    throw error;
  });
  for (const [tag, json] of Object.entries(times)) applyTagTimes(tag, JSON.parse(json));
  state.redis = client;
}

async function connectPostgres(url) {
  const { default: postgres } = await import("postgres");
  const sql = postgres(url, { max: 2, onnotice: () => {}, connect_timeout: 5, connection: { application_name: "portal-cache" } });
  const loadAll = async () => {
    try {
      const rows = await sql`select tag, stale_at, expired_at from cache_tag_invalidations`;
      for (const row of rows) applyTagTimes(row.tag, { stale: Number(row.stale_at) || undefined, expired: Number(row.expired_at) || undefined });
    } catch (error) {
      // Before the first migration the table does not exist yet: nothing was invalidated.
      if (error.code !== "42P01") throw error;
    }
  };
  // Called again after every reconnection: notices sent meanwhile were missed, the table has them.
  await withTimeout(sql.listen(CHANNEL, receiveNotice, loadAll), CONNECT_TIMEOUT_MS, "PostgreSQL").catch((error) => {
    sql.end({ timeout: 1 }).catch(() => {});
    throw error;
  });
  state.sql = sql;
}

function connect(ctx) {
  // After a failed connection, pages are cached per instance for a while rather than every request waiting.
  if (!state.ready && Date.now() < (state.retryAt ?? 0)) return Promise.reject(new Error("shared cache unavailable"));
  state.ready ??= (async () => {
    const building = process.env.NEXT_PHASE === "phase-production-build";
    const buildId = readBuildId(ctx?.serverDistDir);
    state.prefix = process.env.REDIS_KEY_PREFIX ?? "portal:";
    state.entryPrefix = `${state.prefix}${buildId}:`;
    if (building) return;
    try {
      if (process.env.REDIS_URL) await connectRedis(process.env.REDIS_URL);
      else if (process.env.DATABASE_URL) await connectPostgres(process.env.DATABASE_URL);
    } catch (error) {
      state.ready = undefined;
      state.retryAt = Date.now() + RETRY_AFTER_MS;
      throw error;
    }
  })();
  return state.ready;
}

function readBuildId(serverDistDir) {
  try {
    return fs.readFileSync(path.join(serverDistDir, "..", "BUILD_ID"), "utf8").trim();
  } catch {
    return "dev";
  }
}

/** Resolves when this instance has heard its own notice back, so the others have been sent it too. */
function echoOf(id) {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ECHO_TIMEOUT_MS);
    function done() {
      clearTimeout(timer);
      state.pendingEchoes.delete(id);
      resolve();
    }
    state.pendingEchoes.set(id, done);
  });
}

export default class PortalCacheHandler {
  constructor(ctx) {
    this.ready = connect(ctx);
    this.ready.catch((error) => {
      if (state.loggedAt === state.retryAt) return;
      state.loggedAt = state.retryAt;
      console.error(`[cache] shared cache unavailable, pages are cached by this instance alone for now: ${error.message}`);
    });
  }

  async get(key, ctx) {
    await this.ready.catch(() => {});
    let entry;
    if (sharedKey(key)) {
      try {
        const json = await state.redis.get(`${state.entryPrefix}entry:${key}`);
        entry = json ? decode(JSON.parse(json)) : undefined;
      } catch {
        return null;
      }
    } else {
      entry = readFromMemory(key);
    }
    if (!entry || isOutdated(entryTags(entry, ctx), entry.lastModified)) {
      noteRenderStart(key);
      return null;
    }
    // Past its time, Next serves it once more and renders it again meanwhile.
    const revalidate = entry.cacheControl?.revalidate;
    if (typeof revalidate === "number" && Date.now() - entry.lastModified >= revalidate * 1000) noteRenderStart(key);
    return { lastModified: entry.lastModified, value: entry.value, cacheControl: entry.cacheControl };
  }

  async set(key, data, ctx) {
    const lastModified = takeRenderStart(key);
    await this.ready.catch(() => {});
    const entry = { value: data, lastModified, cacheControl: ctx?.cacheControl, tags: ctx?.tags ?? [] };
    if (!sharedKey(key)) {
      if (data === null) forgetInMemory(key);
      else rememberInMemory(key, entry);
      return;
    }
    const redisKey = `${state.entryPrefix}entry:${key}`;
    try {
      if (data === null) {
        await state.redis.del(redisKey);
        return;
      }
      const expire = entry.cacheControl?.expire;
      const ttl = typeof expire === "number" && expire > 0 ? Math.ceil(expire) : DEFAULT_TTL_SECONDS;
      const multi = state.redis.multi().set(redisKey, JSON.stringify(encode(entry)), { EX: ttl });
      for (const tag of entryTags(entry)) multi.sAdd(`${state.entryPrefix}tag:${tag}`, redisKey).expire(`${state.entryPrefix}tag:${tag}`, DEFAULT_TTL_SECONDS);
      await multi.exec();
    } catch (error) {
      console.error(`[cache] could not store ${key}: ${error.message}`);
    }
  }

  async revalidateTag(tagOrTags, durations) {
    const tags = typeof tagOrTags === "string" ? [tagOrTags] : [...tagOrTags];
    if (tags.length === 0) return;
    await this.ready.catch(() => {});
    const now = Date.now();
    const times = durations
      ? { stale: now, expired: durations.expire !== undefined ? now + durations.expire * 1000 : undefined }
      : { expired: now };
    for (const tag of tags) applyTagTimes(tag, times);
    state.generation += 1;
    // Stale or expired, the entries carrying the tags are of no more use.
    for (const store of [state.pages, state.searches]) {
      for (const [key, entry] of store.entries) if (entryTags(entry).some((tag) => tags.includes(tag))) forgetInMemory(key);
    }
    try {
      if (state.redis) await this.#publishToRedis(tags);
      else if (state.sql) await this.#publishToPostgres(tags, times);
    } catch (error) {
      console.error(`[cache] could not share the invalidation of ${tags.join(", ")}: ${error.message}`);
    }
  }

  async #publishToRedis(tags) {
    const redis = state.redis;
    const notice = { id: randomUUID(), tags: Object.fromEntries(tags.map((tag) => [tag, state.tagTimes.get(tag)])) };
    const keys = (await Promise.all(tags.map((tag) => redis.sMembers(`${state.entryPrefix}tag:${tag}`)))).flat();
    if (keys.length) await redis.del(keys);
    const multi = redis.multi();
    for (const tag of tags) multi.hSet(`${state.prefix}tags`, tag, JSON.stringify(state.tagTimes.get(tag)));
    await multi.exec();
    const echo = echoOf(notice.id);
    await redis.publish(`${state.prefix}${CHANNEL}`, JSON.stringify(notice));
    await echo;
  }

  async #publishToPostgres(tags, times) {
    // A notice holds at most 8000 bytes: long lists of tags go in several.
    const notices = [];
    for (let i = 0; i < tags.length; i += 20) {
      const part = tags.slice(i, i + 20);
      notices.push({ id: randomUUID(), tags: Object.fromEntries(part.map((tag) => [tag, times])) });
    }
    const echoes = notices.map((notice) => echoOf(notice.id));
    await state.sql.begin(async (tx) => {
      for (const tag of tags) {
        await tx`
          insert into cache_tag_invalidations (tag, stale_at, expired_at) values (${tag}, ${times.stale ?? null}, ${times.expired ?? null})
          on conflict (tag) do update set
            stale_at = greatest(cache_tag_invalidations.stale_at, excluded.stale_at),
            expired_at = greatest(cache_tag_invalidations.expired_at, excluded.expired_at)`;
      }
      for (const notice of notices) await tx`select pg_notify(${CHANNEL}, ${JSON.stringify(notice)})`;
    });
    await Promise.all(echoes);
  }

  resetRequestCache() {}
}
