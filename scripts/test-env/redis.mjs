// The Redis the cluster test shares pages through, and where it comes from:
// - "given": CLUSTER_REDIS_URL is set.
// - "local server": a Redis answers PING on 127.0.0.1:6379 (the test keeps to a key prefix of its own).
// - "started": the suite runs Debian's redis-server on loopback, on a free port,
//   without persistence, and stops it at the end.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { onCleanup } from "./cleanup.mjs";
import { freePort } from "./free-port.mjs";

/** Whether a Redis answers PING at host:port. */
export function answersPing(port, host = "127.0.0.1", ms = 1_000) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    let reply = "";
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(ms, () => done(false));
    socket.once("error", () => done(false));
    socket.once("connect", () => socket.write("PING\r\n"));
    socket.on("data", (chunk) => {
      reply += chunk;
      if (reply.includes("\r\n")) done(reply.startsWith("+PONG"));
    });
  });
}

export function redisServerPath() {
  const found = spawnSync("sh", ["-c", "command -v redis-server"], { encoding: "utf8" });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

/** Whether the suite will have to start a Redis of its own (and so needs redis-server). */
export async function needsOwnRedis(env = process.env) {
  return !env.CLUSTER_REDIS_URL && !(await answersPing(6379));
}

async function startRedis() {
  const program = redisServerPath();
  if (!program) throw new Error("redis-server is not installed");
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-test-redis-"));
  const args = ["--bind", "127.0.0.1", "--port", String(port), "--save", "", "--appendonly", "no", "--dir", dir, "--logfile", path.join(dir, "redis.log")];
  const child = spawn(program, args, { stdio: "ignore" });
  const remove = () => fs.rmSync(dir, { recursive: true, force: true });
  onCleanup(
    () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode) return resolve(remove());
        child.once("exit", () => resolve(remove()));
        child.kill("SIGTERM");
      }),
    () => {
      child.kill("SIGKILL");
      remove();
    },
  );
  for (let waited = 0; !(await answersPing(port)); waited += 100) {
    if (child.exitCode !== null || waited > 10_000) {
      const log = fs.existsSync(path.join(dir, "redis.log")) ? fs.readFileSync(path.join(dir, "redis.log"), "utf8").slice(-1000) : "";
      throw new Error(`redis-server did not start on port ${port}\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const version = /v=([\d.]+)/.exec(spawnSync(program, ["--version"], { encoding: "utf8" }).stdout)?.[1];
  return { origin: "started", url: `redis://127.0.0.1:${port}`, detail: `redis-server ${version ?? "?"} on 127.0.0.1:${port}` };
}

/** The Redis for this run: given, local server, or started (see the top of this file). */
export async function provideRedis(env = process.env) {
  if (env.CLUSTER_REDIS_URL) return { origin: "given", url: env.CLUSTER_REDIS_URL, detail: "CLUSTER_REDIS_URL" };
  if (await answersPing(6379)) return { origin: "local server", url: "redis://127.0.0.1:6379", detail: "127.0.0.1:6379, keys under a prefix of the run's own" };
  return startRedis();
}
