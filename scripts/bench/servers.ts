// The servers `npm run bench` measures side by side, each on its own loopback port.
import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

const NEXT = "node_modules/.bin/next";

export interface RunningServer {
  origin: string;
  /** The process first started: the root of the server's process tree (scripts/bench/memory.ts). */
  pid: number;
  stop(): void;
  /** Stops it and waits until every process of it is gone. */
  stopped(): Promise<void>;
}

async function startProcess(
  name: string,
  command: string,
  args: string[],
  env: Record<string, string>,
  ready: string,
  seconds: number,
): Promise<RunningServer> {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const server: RunningServer = {
    origin: new URL(ready).origin,
    pid: child.pid!,
    stop() {
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        // already gone
      }
    },
    stopped: async () => {},
  };
  process.on("exit", server.stop);
  server.stopped = async () => {
    server.stop();
    // Until no process of its group is left, so that the next server can take the port.
    for (let waited = 0; waited < 30_000; waited += 200) {
      try {
        process.kill(-child.pid!, 0);
      } catch {
        return;
      }
      await new Promise((wait) => setTimeout(wait, 200));
    }
    throw new Error(`${name} (process group ${child.pid}) did not stop within 30 s`);
  };
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} stopped:\n${output.slice(-3000)}`);
    try {
      if ((await fetch(ready)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((wait) => setTimeout(wait, 500));
  }
  server.stop();
  throw new Error(`${name} did not answer within ${seconds} s:\n${output.slice(-3000)}`);
}

/** The product as `npm start` serves it (builds it first when stale), held to 127.0.0.1. */
export function startProduct(port: number, env: Record<string, string>): Promise<RunningServer> {
  return startProcess(
    "The product",
    // As `npm start` runs it: one process, TypeScript loaded by tsx's hook (no wrapper process).
    process.execPath,
    ["--import", "tsx", "scripts/start.ts"],
    { ...env, PORT: String(port), HOST: "127.0.0.1" },
    `http://127.0.0.1:${port}/api/health`,
    300,
  );
}

/** The bare baseline app under `next start` alone. */
export function startBaseline(dir: string, port: number, env: Record<string, string>): Promise<RunningServer> {
  return startProcess(
    "The baseline app",
    NEXT,
    ["start", dir, "--port", String(port), "--hostname", "127.0.0.1"],
    { ...env, NODE_ENV: "production" },
    `http://127.0.0.1:${port}/`,
    60,
  );
}

/** Builds the bare baseline app; its static pages carry `textBytes` (/profile) and `petitionTextBytes` (/petition) of text. */
export function buildBaseline(dir: string, distDir: string, textBytes: number, petitionTextBytes = textBytes): void {
  const build = spawnSync(NEXT, ["build", dir], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      BENCH_BASELINE_TEXT_BYTES: String(textBytes),
      BENCH_BASELINE_PETITION_TEXT_BYTES: String(petitionTextBytes),
    },
    encoding: "utf8",
  });
  if (build.status !== 0) throw new Error(`The baseline did not build:\n${(build.stdout + build.stderr).slice(-3000)}`);
  // The baseline must run no proxy (Turbopack once compiled the workspace root's proxy.ts into its
  // folder; the product has none since decision 045): it would pay a cost the floor must not.
  const manifest = (file: string) => readFileSync(`${distDir}/server/${file}`, "utf8");
  const functions = JSON.parse(manifest("functions-config-manifest.json")) as { functions: Record<string, unknown> };
  const middleware = JSON.parse(manifest("middleware-manifest.json")) as { middleware: Record<string, unknown> };
  if (Object.keys(functions.functions).length || Object.keys(middleware.middleware).length)
    throw new Error("The baseline's build registered a proxy: it must have none");
}
