// Server memory for `npm run bench`: the resident set of a server's whole process tree. `npm start`
// is tsx running scripts/start.ts, which runs tsx again for server/index.ts, each tsx a node under
// a small wrapper (and an esbuild helper): what the machine gives the product is all of them.
import { readdirSync, readFileSync } from "node:fs";

export interface ProcessMemory {
  pid: number;
  command: string;
  rssBytes: number;
}

function parentOf(pid: string): number | undefined {
  try {
    // The command name (2nd field) may hold spaces and parentheses: the fields after its last ")".
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return undefined; // gone meanwhile
  }
}

function memoryOf(pid: number): ProcessMemory | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kilobytes = Number(status.match(/^VmRSS:\s+(\d+) kB/m)?.[1] ?? 0);
    const command = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean);
    // The script a node runs says more than "node" does.
    const script = command.find((part) => /\.(ts|js|cjs|mjs)$/.test(part) && !part.includes("/tsx/dist/")) ?? command[0] ?? "";
    return {
      pid,
      command: `${(command[0] ?? "").split("/").pop()} ${script.split("/").slice(-2).join("/")}`.trim(),
      rssBytes: kilobytes * 1024,
    };
  } catch {
    return undefined;
  }
}

/** VmRSS of `root` and every process under it, as /proc shows them now (shared pages count in each). */
export function processTree(root: number): ProcessMemory[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const parent = parentOf(entry);
    if (parent !== undefined) children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
  }
  const tree: ProcessMemory[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift()!;
    const memory = memoryOf(pid);
    if (memory) tree.push(memory);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

export const treeBytes = (tree: ProcessMemory[]) => tree.reduce((sum, process) => sum + process.rssBytes, 0);

/**
 * Samples each server's tree every `everyMs` until stopped: the peak total of each, and the peak of
 * its largest process (for the product, the one serving: it says how much of the total the wrappers are).
 */
export function sampleMemory(roots: Record<string, number>, everyMs = 500) {
  const peaks: Record<string, number> = Object.fromEntries(Object.keys(roots).map((name) => [name, 0]));
  const largestProcessPeaks: Record<string, number> = { ...peaks };
  let samples = 0;
  const sample = () => {
    samples++;
    for (const [name, pid] of Object.entries(roots)) {
      const tree = processTree(pid);
      peaks[name] = Math.max(peaks[name] ?? 0, treeBytes(tree));
      largestProcessPeaks[name] = Math.max(largestProcessPeaks[name] ?? 0, ...tree.map((process) => process.rssBytes));
    }
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return { peaks, largestProcessPeaks, samples };
    },
  };
}

export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
