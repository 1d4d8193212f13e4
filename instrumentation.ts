export async function register() {
  // This file is also compiled for the edge runtime; the start-up work is Node-only.
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { startPortal } = await import("./server/startup");
    await startPortal();
  }
}
