// Production instances of the portal for test:cluster, each the server entry
// (scripts/portal-server.mjs) serving the same build, with its log kept to be searched and shown on failure.
import { spawn } from "node:child_process";
import { portalServerCommand } from "../portal-server.mjs";

export function startInstance(name, port, env) {
  const child = spawn(...portalServerCommand("127.0.0.1", port), {
    env: { ...process.env, NODE_ENV: "production", ...env, SITE_URL: `http://127.0.0.1:${port}` },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const instance = { name, port, url: `http://127.0.0.1:${port}`, child, log: "", exited: undefined };
  const append = (chunk) => (instance.log += chunk.toString());
  child.stdout.on("data", append);
  child.stderr.on("data", append);
  instance.exited = new Promise((resolve) => child.on("exit", (code) => resolve(code)));
  return instance;
}

/** Waits until the log says `pattern`, or fails after `ms` or when the process ends. */
export async function waitForLog(instance, pattern, ms = 120_000) {
  const deadline = Date.now() + ms;
  let ended = false;
  instance.exited.then(() => (ended = true));
  while (Date.now() < deadline) {
    if (pattern.test(instance.log)) return;
    if (ended) throw new Error(`${instance.name} exited before "${pattern}":\n${instance.log.slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${instance.name} did not log "${pattern}" within ${ms / 1000} s:\n${instance.log.slice(-2000)}`);
}

export async function stopInstance(instance) {
  if (instance.child.exitCode !== null || instance.child.signalCode) return;
  instance.child.kill("SIGTERM");
  const timer = setTimeout(() => instance.child.kill("SIGKILL"), 5_000);
  await instance.exited;
  clearTimeout(timer);
}
