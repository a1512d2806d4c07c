import "server-only";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { authorizeStaff } from "../auth/guards";

/** An import document of docs/ (the format, the sample) as a download for admins; 403 for anyone else. */
export async function importDocResponse(file: "import.md" | "import-sample.csv"): Promise<Response> {
  if (!(await authorizeStaff("ADMIN"))) return new Response("Forbidden\n", { status: 403, headers: { "Content-Type": "text/plain" } });
  const body = await readFile(join(process.cwd(), "docs", file));
  const csv = file.endsWith(".csv");
  return new Response(body, {
    headers: {
      "Content-Type": csv ? "text/csv; charset=utf-8" : "text/plain; charset=utf-8",
      ...(csv ? { "Content-Disposition": `attachment; filename="${file}"` } : {}),
      "Cache-Control": "no-store",
    },
  });
}
