// The resident memory of a process and of all its descendants (should the
// server start helpers), sampled every 200 ms from /proc.
import fs from "node:fs";

function children() {
  const byParent = new Map();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (!byParent.has(parent)) byParent.set(parent, []);
      byParent.get(parent).push(Number(entry));
    } catch {}
  }
  return byParent;
}

export function treeRssMB(rootPid) {
  const byParent = children();
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop();
    try {
      const match = fs.readFileSync(`/proc/${pid}/status`, "utf8").match(/^VmRSS:\s+(\d+) kB/m);
      if (match) total += Number(match[1]);
    } catch {}
    stack.push(...(byParent.get(pid) ?? []));
  }
  return Math.round(total / 1024);
}

export function startMemorySampler(rootPid) {
  let peak = 0;
  let sincePeak = 0;
  const timer = setInterval(() => {
    const now = treeRssMB(rootPid);
    peak = Math.max(peak, now);
    sincePeak = Math.max(sincePeak, now);
  }, 200);
  return {
    mark: () => (sincePeak = 0),
    peakSinceMark: () => sincePeak,
    peak: () => peak,
    stop: () => clearInterval(timer),
  };
}
