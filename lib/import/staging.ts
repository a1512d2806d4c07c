import "server-only";
import { mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

// The file a staff member dry-ran, kept on this machine's disk for an hour so "Apply" imports
// exactly those bytes (docs/decisions/051): keyed by the staff member and the file's sha256, so
// one admin cannot apply another's upload and a different file cannot pass for the one shown.

/** How long an uploaded file waits for its "Apply". */
export const STAGED_FOR_MS = 60 * 60 * 1000;

const HASH = /^[0-9a-f]{64}$/;
const folder = () => process.env.IMPORT_STAGING_DIR || join(tmpdir(), "free-them-import");

function key(staffId: string, fileHash: string): string | null {
  if (!HASH.test(fileHash)) return null;
  const staff = staffId.replace(/[^A-Za-z0-9_-]/g, "");
  return staff ? `${staff}-${fileHash}` : null;
}

/** Old uploads are removed whenever a new one arrives. */
async function sweep(now: number) {
  const names = await readdir(folder()).catch(() => [] as string[]);
  for (const name of names) {
    const path = join(folder(), name);
    const info = await stat(path).catch(() => null);
    if (info && now - info.mtimeMs > STAGED_FOR_MS) await rm(path, { force: true });
  }
}

export async function stageUpload(staffId: string, fileHash: string, bytes: Uint8Array, name: string): Promise<void> {
  const k = key(staffId, fileHash);
  if (!k) throw new Error("stageUpload: not a staff id and sha256");
  await mkdir(folder(), { recursive: true, mode: 0o700 });
  await sweep(Date.now());
  await writeFile(join(folder(), `${k}.bin`), bytes, { mode: 0o600 });
  await writeFile(join(folder(), `${k}.name`), name.slice(0, 200), { mode: 0o600 });
}

/** The staged bytes and name, or null when there are none (never uploaded, applied, or expired). */
export async function stagedUpload(staffId: string, fileHash: string): Promise<{ bytes: Buffer; name: string } | null> {
  const k = key(staffId, fileHash);
  if (!k) return null;
  const path = join(folder(), `${k}.bin`);
  const info = await stat(path).catch(() => null);
  if (!info || Date.now() - info.mtimeMs > STAGED_FOR_MS) return null;
  const [bytes, name] = await Promise.all([readFile(path), readFile(join(folder(), `${k}.name`), "utf8").catch(() => "")]);
  return { bytes, name };
}

export async function dropUpload(staffId: string, fileHash: string): Promise<void> {
  const k = key(staffId, fileHash);
  if (!k) return;
  await rm(join(folder(), `${k}.bin`), { force: true });
  await rm(join(folder(), `${k}.name`), { force: true });
}
