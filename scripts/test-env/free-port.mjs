// Ports for the servers the suite starts: the wanted one when nothing holds it,
// else one the system hands out, never the same one twice in a run.
import net from "node:net";

const handedOut = new Set();

/** Whether a server could listen on `port` of the loopback address now. */
export function isPortFree(port, host = "127.0.0.1") {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

function systemPort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** `wanted` when it is free (and not handed out already), otherwise a free port of the system's choosing. */
export async function freePort(wanted) {
  if (wanted && !handedOut.has(Number(wanted)) && (await isPortFree(Number(wanted)))) {
    handedOut.add(Number(wanted));
    return Number(wanted);
  }
  for (;;) {
    const port = await systemPort();
    if (handedOut.has(port)) continue;
    handedOut.add(port);
    return port;
  }
}

/** Whether something accepts TCP connections on host:port within `ms`. */
export function answersTcp(port, host = "127.0.0.1", ms = 1_000) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(ms, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}
