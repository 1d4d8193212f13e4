import { exportAccountData } from "@/server/account-data";
import { getCurrentUser } from "@/server/session";

const noStore = { "Cache-Control": "private, no-store" };

/** The member's data as a JSON download; only ever their own. */
export async function GET(): Promise<Response> {
  const data = await exportAccountData(await getCurrentUser());
  if (!data) return Response.json({ error: "unauthorized" }, { status: 401, headers: noStore });
  const day = data.exportedAt.slice(0, 10);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      ...noStore,
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="my-data-${day}.json"`,
    },
  });
}
