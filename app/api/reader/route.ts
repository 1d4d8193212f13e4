import { parseReaderQuery, readerStateFor } from "@/server/reader";
import { getCurrentUser } from "@/server/session";

// The reader's own state for a cached public page (components/reader/): per request, never stored.
export const dynamic = "force-dynamic";

const headers = { "Cache-Control": "private, no-store" };

/** The caller is checked as pages check it (server/session.ts: the session row, a ban, a kept cookie refused). */
export async function GET(request: Request): Promise<Response> {
  const query = parseReaderQuery(new URL(request.url).searchParams);
  if (!query) return Response.json({ error: "bad query" }, { status: 400, headers });
  return Response.json(await readerStateFor(await getCurrentUser(), query), { headers });
}
