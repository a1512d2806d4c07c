// The processes the faults script runs: the app (`npm start`) and the SMTP sink, each in its own
// process group so that stopping one ends everything it started and nothing else.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync, readdirSync, readFileSync, readlinkSync } from "node:fs";
import { basename } from "node:path";

export interface Started {
  child: ChildProcess;
  /** Resolves when the process group's leader has exited. */
  exited: Promise<void>;
  /** Ends the whole process group (SIGTERM, then SIGKILL after `graceMs`). */
  stop(graceMs?: number): Promise<void>;
}

/** Starts a command in a process group of its own, its output appended to `logFile`. */
export function startGroup(command: string, args: string[], env: NodeJS.ProcessEnv, logFile: string): Started {
  const log = createWriteStream(logFile, { flags: "a" });
  const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  child.stdout!.pipe(log, { end: false });
  child.stderr!.pipe(log, { end: false });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // the group is gone already
    }
  };
  return {
    child,
    exited,
    async stop(graceMs = 5000) {
      signalGroup("SIGTERM");
      await Promise.race([exited, sleep(graceMs)]);
      // Whatever the leader left behind in its group (a server it started) goes too.
      signalGroup("SIGKILL");
      await Promise.race([exited, sleep(1000)]);
    },
  };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Waits until `url` answers 200, or throws after `timeoutMs` (or when `gone` says the process died). */
export async function waitForOk(url: string, timeoutMs: number, gone: () => boolean, describe: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (gone()) throw new Error(`The process behind ${url} stopped. ${describe()}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await sleep(250);
  }
  throw new Error(`${url} did not answer within ${Math.round(timeoutMs / 1000)} s. ${describe()}`);
}

/** The last lines of a log file, for an error message. */
export function tail(logFile: string, lines = 30): string {
  if (!existsSync(logFile)) return "";
  return readFileSync(logFile, "utf8").split("\n").slice(-lines).join("\n");
}

/**
 * Ids of the processes holding the TCP socket that listens on `port`: the real server, whatever
 * started it (npm, tsx, a custom server). Linux: /proc; elsewhere: lsof.
 */
export function pidsListeningOn(port: number): number[] {
  if (existsSync("/proc/net/tcp")) {
    const portHex = port.toString(16).toUpperCase().padStart(4, "0");
    const inodes = new Set<string>();
    for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
      if (!existsSync(table)) continue;
      for (const line of readFileSync(table, "utf8").split("\n").slice(1)) {
        const fields = line.trim().split(/\s+/);
        // local_address is ADDR:PORT in hex; state 0A is LISTEN; field 9 is the socket's inode.
        if (fields.length > 9 && fields[1]?.endsWith(`:${portHex}`) && fields[3] === "0A") inodes.add(fields[9]!);
      }
    }
    const wanted = new Set([...inodes].map((inode) => `socket:[${inode}]`));
    const pids: number[] = [];
    for (const entry of readdirSync("/proc")) {
      const pid = Number(entry);
      if (!Number.isInteger(pid)) continue;
      try {
        if (readdirSync(`/proc/${pid}/fd`).some((fd) => wanted.has(safeReadlink(`/proc/${pid}/fd/${fd}`)))) pids.push(pid);
      } catch {
        // gone, or not ours
      }
    }
    return pids;
  }
  try {
    return execFileSync("lsof", ["-t", `-iTCP:${port}`, "-sTCP:LISTEN"], { encoding: "utf8" })
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

function safeReadlink(path: string): string {
  try {
    return readlinkSync(path);
  } catch {
    return "";
  }
}

/** What a process is, for the report ("next-server (v16.4.6)", "node server/index.js"). */
export function commandOf(pid: number): string {
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean);
    // A node process started through tsx has loader flags in between: the program and the script say what it is.
    return (args.length > 3 ? [basename(args[0]!), "…", args.at(-1)!] : args).join(" ").slice(0, 120);
  } catch {
    return "?";
  }
}
