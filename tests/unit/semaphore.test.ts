import { describe, expect, it } from "vitest";
import { createSemaphore } from "@/lib/semaphore";

describe("semaphore", () => {
  it("runs at most `limit` tasks at once, every task in turn, and frees its place when a task fails", async () => {
    const run = createSemaphore(2);
    let running = 0;
    let most = 0;
    const order: number[] = [];
    const task = (n: number) => async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running -= 1;
      order.push(n);
      if (n === 3) throw new Error("broken image");
      return n;
    };
    const results = await Promise.allSettled(Array.from({ length: 16 }, (_, n) => run(task(n))));
    expect(most).toBe(2);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(15);
    expect(order).toHaveLength(16);
    expect(await run(async () => "after")).toBe("after");
  });
});
