import { parseReaderQuery, readerState } from "@/server/reader";

// The reader's own state for a cached public page (components/reader/): per request, never stored.
export const dynamic = "force-dynamic";

const headers = { "Cache-Control": "private, no-store" };

export async function GET(request: Request): Promise<Response> {
  const query = parseReaderQuery(new URL(request.url).searchParams);
  if (!query) return Response.json({ error: "bad query" }, { status: 400, headers });
  return Response.json(await readerState(query), { headers });
}
