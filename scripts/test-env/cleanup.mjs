// What the suite started is stopped when it ends, also on Ctrl-C and SIGTERM.
// Each resource registers an asynchronous stop (run in reverse order) and,
// where it can, a synchronous one for the moment the process exits anyway
// (process.exit from elsewhere, an uncaught error): no server is left behind.

const stops = [];
let running;

/** Registers `stop` (async) and `stopNow` (sync, for process exit); returns a function that unregisters both. */
export function onCleanup(stop, stopNow) {
  const entry = { stop, stopNow, done: false };
  stops.push(entry);
  return () => {
    entry.done = true;
  };
}

/** Runs every registered stop once, newest first. */
export function runCleanups() {
  running ??= (async () => {
    for (const entry of [...stops].reverse()) {
      if (entry.done) continue;
      entry.done = true;
      try {
        await entry.stop();
      } catch (error) {
        console.error(`cleanup: ${error.message}`);
      }
    }
  })();
  return running;
}

let installed = false;
/** The signal that asked the run to stop, once one has. */
export const stopping = { signal: undefined };
const numbers = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };
export const signalExitCode = (signal) => 128 + numbers[signal];

/**
 * On SIGINT, SIGTERM and SIGHUP: `beforeStop` (the caller ends its own children first), then every
 * cleanup, then exit with 128 + the signal's number. With `exit: false` the caller, told by
 * `stopping.signal`, cleans up and exits itself (a runner that prints a summary on its way out).
 */
export function cleanupOnSignals(beforeStop = () => {}, { exit = true } = {}) {
  if (installed) return;
  installed = true;
  for (const signal of Object.keys(numbers))
    process.on(signal, async () => {
      if (stopping.signal) return;
      stopping.signal = signal;
      console.error(`\n${signal}: stopping what the tests started…`);
      await Promise.resolve(beforeStop(signal)).catch(() => {});
      if (!exit) return;
      await runCleanups();
      process.exit(signalExitCode(signal));
    });
  process.on("exit", () => {
    for (const entry of [...stops].reverse()) {
      if (entry.done || !entry.stopNow) continue;
      entry.done = true;
      try {
        entry.stopNow();
      } catch {
        // the process is ending: nothing left to report to
      }
    }
  });
}
