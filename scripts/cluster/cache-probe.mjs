// A process standing for one instance of the portal, for test:cluster: it
// loads cache-handler.mjs as Next does and runs the parent's commands (IPC).
import path from "node:path";
import PortalCacheHandler, { cacheGeneration } from "../../cache-handler.mjs";

const ctx = { serverDistDir: path.resolve(".next/server") };

async function run({ op, key, tags, value }) {
  const handler = new PortalCacheHandler(ctx);
  await handler.ready;
  if (op === "set") {
    // An app page as Next stores it: its tags travel in the x-next-cache-tags header.
    const page = { kind: "APP_PAGE", html: value, rscData: Buffer.from(value), headers: { "x-next-cache-tags": tags.join(",") }, status: 200 };
    await handler.set(key, page, { cacheControl: { revalidate: false, expire: undefined } });
    return null;
  }
  if (op === "get") {
    const entry = await handler.get(key, { kind: "APP_PAGE" });
    return entry ? { html: entry.value.html, rsc: entry.value.rscData.toString() } : null;
  }
  if (op === "generation") return cacheGeneration();
  if (op === "revalidate") {
    await handler.revalidateTag(tags);
    return null;
  }
  throw new Error(`unknown op ${op}`);
}

process.on("message", async ({ id, command }) => {
  try {
    process.send({ id, result: await run(command) });
  } catch (error) {
    process.send({ id, error: error.message });
  }
});
process.send({ ready: true });
