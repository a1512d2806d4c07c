import { readFileSync } from "node:fs";

// Secrets may be read from files instead of the environment: X_FILE names a file whose content
// (trimmed) is X. That is the convention of Docker secrets (/run/secrets/...) and of systemd
// credentials (LoadCredential=, files in $CREDENTIALS_DIRECTORY, `%d` in the unit), so the keys
// need not sit in .env beside the database. lib/env.ts and lib/database-url.ts both use it.
export const FILE_SETTINGS = ["DATABASE_URL", "NEXTAUTH_SECRET", "EMAIL_ENCRYPTION_KEY", "HASH_KEY", "SMTP_URL"] as const;
export type FileSetting = (typeof FILE_SETTINGS)[number];

export interface SettingFiles {
  /** The source with each X_FILE replaced by X (its file's content). */
  values: Record<string, string | undefined>;
  /** One line per bad X_FILE, naming the variable and the path, never the content. */
  problems: { name: string; message: string }[];
  /** The settings whose value came from a file. */
  fromFiles: FileSetting[];
}

const set = (value: string | undefined) => value !== undefined && value !== "";

export function readSettingFiles(
  source: Record<string, string | undefined>,
  readFile: (path: string) => string = (path) => readFileSync(path, "utf8"),
  names: readonly FileSetting[] = FILE_SETTINGS,
): SettingFiles {
  const values = { ...source };
  const problems: SettingFiles["problems"] = [];
  const fromFiles: FileSetting[] = [];
  for (const name of names) {
    const fileVariable = `${name}_FILE`;
    const path = source[fileVariable];
    delete values[fileVariable];
    if (!set(path)) continue;
    if (set(source[name])) {
      problems.push({ name: fileVariable, message: `set either ${name} or ${fileVariable}, not both` });
      continue;
    }
    let content: string;
    try {
      content = readFile(path!).trim();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException | null)?.code ?? "unreadable";
      problems.push({ name: fileVariable, message: `cannot read ${path} (${code})` });
      continue;
    }
    if (!content) {
      problems.push({ name: fileVariable, message: `${path} is empty` });
      continue;
    }
    values[name] = content;
    fromFiles.push(name);
  }
  return { values, problems, fromFiles };
}
