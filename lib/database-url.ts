import { readSettingFiles } from "./setting-files";

// Shared by the app, the CLI config and the scripts, so the default lives in one place.
export const DEFAULT_DATABASE_URL = "file:./data/free-them.db";

export function databaseUrlFromEnv(env: Record<string, string | undefined>): string {
  // DATABASE_URL_FILE too (it may hold a password), as lib/env.ts reads it.
  const { values, problems } = readSettingFiles(env, undefined, ["DATABASE_URL"]);
  if (problems[0]) throw new Error(`${problems[0].name}: ${problems[0].message}`);
  const url = values.DATABASE_URL?.trim();
  return url ? url : DEFAULT_DATABASE_URL;
}

export type DatabaseKind = "sqlite" | "postgresql";

export function databaseKind(url: string): DatabaseKind {
  if (url.startsWith("file:")) return "sqlite";
  if (url.startsWith("postgres://") || url.startsWith("postgresql://")) return "postgresql";
  throw new Error(
    `DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL); got a value starting with "${url.slice(0, 12)}"`,
  );
}

/** Absolute path of a SQLite file URL, resolved against the working directory. */
export function sqliteFilePath(url: string, cwd: string = process.cwd()): string {
  const path = url.slice("file:".length);
  if (path.startsWith("/")) return path;
  return `${cwd.replace(/\/$/, "")}/${path.replace(/^\.\//, "")}`;
}
