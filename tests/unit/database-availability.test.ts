import { afterEach, describe, expect, it, vi } from "vitest";
import { isConnectionError, isDatabaseAvailable, noteDatabaseError, setDatabaseProbe, setDatabaseReady } from "@/db/availability";

const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
// drizzle wraps the driver's error: the code is on the cause.
const wrapped = Object.assign(new Error("Failed query: select 1"), { cause: Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }) });

describe("database availability breaker", () => {
  afterEach(async () => {
    // Close the breaker for the next test: a probe that answers.
    setDatabaseProbe(async () => undefined);
    await vi.waitFor(() => expect(isDatabaseAvailable()).toBe(true), { timeout: 2_000 });
    setDatabaseReady(true);
  });

  it("tells failures of the connection kind from wrong queries", () => {
    expect(isConnectionError(refused)).toBe(true);
    expect(isConnectionError(wrapped)).toBe(true);
    expect(isConnectionError(Object.assign(new Error("write CONNECTION_ENDED"), { code: "CONNECTION_ENDED" }))).toBe(true);
    expect(isConnectionError(Object.assign(new Error("duplicate key"), { code: "23505" }))).toBe(false);
    expect(isConnectionError(Object.assign(new Error("canceling statement due to statement timeout"), { code: "57014" }))).toBe(false);
    expect(isConnectionError(new Error("relation does not exist"))).toBe(false);
    expect(isConnectionError(undefined)).toBe(false);
  });

  it("a wrong query leaves the breaker closed", () => {
    expect(noteDatabaseError(Object.assign(new Error("duplicate key"), { code: "23505" }))).toBe(false);
    expect(isDatabaseAvailable()).toBe(true);
  });

  it("opens on a refused connection and closes once the probe answers, one probe at a time", async () => {
    let answer = false;
    let running = 0;
    let mostAtOnce = 0;
    setDatabaseProbe(async () => {
      running++;
      mostAtOnce = Math.max(mostAtOnce, running);
      await new Promise((resolve) => setTimeout(resolve, 300));
      running--;
      if (!answer) throw refused;
    });
    noteDatabaseError(refused);
    noteDatabaseError(wrapped);
    expect(isDatabaseAvailable()).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    expect(isDatabaseAvailable()).toBe(false);
    answer = true;
    await vi.waitFor(() => expect(isDatabaseAvailable()).toBe(true), { timeout: 2_000 });
    expect(mostAtOnce).toBe(1);
  });

  it("an answer to a query sent before recovery does not reopen it; one sent after does", async () => {
    const startingUp = Object.assign(new Error("the database system is not yet accepting connections"), { code: "57P03" });
    let answer = false;
    setDatabaseProbe(async () => {
      if (!answer) throw refused;
    });
    noteDatabaseError(refused);
    const sentDuringOutage = performance.now();
    answer = true;
    await vi.waitFor(() => expect(isDatabaseAvailable()).toBe(true), { timeout: 2_000 });
    // Read late: PostgreSQL answered it while still starting up.
    expect(noteDatabaseError(startingUp, sentDuringOutage)).toBe(true);
    expect(isDatabaseAvailable()).toBe(true);
    expect(noteDatabaseError(startingUp, performance.now())).toBe(true);
    expect(isDatabaseAvailable()).toBe(false);
  });

  it("stays closed to pages until start-up has prepared the database", () => {
    setDatabaseReady(false);
    expect(isDatabaseAvailable()).toBe(false);
    setDatabaseReady(true);
    expect(isDatabaseAvailable()).toBe(true);
  });
});
