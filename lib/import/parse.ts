import { parse as parseCsv } from "csv-parse/sync";
import { IMPORT_COLUMNS, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, type ImportColumn, type RawRow, REQUIRED_COLUMNS } from "./schema";

// A file becomes rows with the line (CSV) or item (JSON) each came from, or one reason the whole
// file is refused. Nothing here knows the database.

export interface SourcedRow {
  /** Where the row is, as the plan prints it: "line 7" (CSV) or "item 7" (JSON). */
  line: number;
  where: string;
  raw: RawRow;
}

export type ParsedFile = { format: "csv" | "json"; rows: SourcedRow[] } | { refused: string };

const KNOWN = new Set<string>(IMPORT_COLUMNS);

function columnsProblem(columns: readonly string[], where: string): string | null {
  const unknown = columns.filter((c) => !KNOWN.has(c));
  if (unknown.length) return `${where}: unknown column${unknown.length > 1 ? "s" : ""} ${unknown.map((c) => `“${c}”`).join(", ")}`;
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length) return `${where}: missing column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}`;
  return null;
}

const REFUSED_ENCODING = "the file is not UTF-8 text: save it as CSV UTF-8 (or JSON in UTF-8) and try again";

/** The file's text if it is UTF-8 (a byte-order mark is dropped), or why not. */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { refused: string } {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    // UTF-16 without its byte-order mark decodes as UTF-8 with a NUL beside every letter.
    if (text.includes("\u0000")) return { refused: REFUSED_ENCODING };
    return { text: text.replace(/^\uFEFF/, "") };
  } catch {
    return { refused: REFUSED_ENCODING };
  }
}

function jsonValue(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return value;
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value.join(" | ");
  return "\u0000";
}

function parseJson(text: string): ParsedFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { refused: `the file is not valid JSON (${(error as Error).message})` };
  }
  const items = Array.isArray(data) ? data : (data as { prisoners?: unknown })?.prisoners;
  if (!Array.isArray(items)) return { refused: 'the JSON file must be an array of people (or { "prisoners": [...] })' };
  if (items.length > MAX_IMPORT_ROWS) return { refused: `the file has ${items.length} people: at most ${MAX_IMPORT_ROWS} a file` };
  const rows: SourcedRow[] = [];
  for (const [index, item] of items.entries()) {
    const where = `item ${index + 1}`;
    if (typeof item !== "object" || item === null || Array.isArray(item)) return { refused: `${where}: not an object` };
    const problem = columnsProblem(Object.keys(item), where);
    if (problem && problem.includes("unknown")) return { refused: problem };
    const raw: RawRow = {};
    for (const [key, value] of Object.entries(item)) {
      const text = jsonValue(value);
      if (text === "\u0000") return { refused: `${where}: ${key} must be text, a number, yes/no or a list of texts` };
      if (text !== undefined) raw[key as ImportColumn] = text;
    }
    rows.push({ line: index + 1, where, raw });
  }
  return { format: "json", rows };
}

function parseCsvText(text: string): ParsedFile {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  let header: string[] = [];
  try {
    records = parseCsv(text, {
      columns: (first: string[]) => {
        header = first.map((c) => c.trim());
        return header;
      },
      info: true,
      skip_empty_lines: true,
      trim: false,
    });
  } catch (error) {
    const e = error as Error & { lines?: number };
    return { refused: `${e.lines ? `line ${e.lines}: ` : ""}the file is not valid CSV (${e.message})` };
  }
  if (header.length === 0) return { refused: "the file is empty" };
  const problem = columnsProblem(header, "line 1");
  if (problem) return { refused: problem };
  if (new Set(header).size !== header.length) return { refused: "line 1: a column is named twice" };
  if (records.length > MAX_IMPORT_ROWS) return { refused: `the file has ${records.length} rows: at most ${MAX_IMPORT_ROWS} a file` };
  let previousEnd = 1;
  const rows = records.map(({ record, info }) => {
    // A quoted value can span lines: the row is named by the line it starts on.
    const start = previousEnd + 1;
    previousEnd = info.lines;
    const raw: RawRow = {};
    for (const [key, value] of Object.entries(record)) if (value !== "") raw[key as ImportColumn] = value;
    return { line: start, where: `line ${start}`, raw };
  });
  return { format: "csv", rows };
}

/** Parses an uploaded file: JSON when its name ends in .json or it starts with "[" or "{", CSV otherwise. */
export function parseImportFile(bytes: Uint8Array, name = ""): ParsedFile {
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    return { refused: `the file is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB: at most 10 MB a file (split it)` };
  }
  const decoded = decodeUtf8(bytes);
  if ("refused" in decoded) return decoded;
  const text = decoded.text;
  const json = name.toLowerCase().endsWith(".json") || /^\s*[[{]/.test(text);
  return json ? parseJson(text) : parseCsvText(text);
}
