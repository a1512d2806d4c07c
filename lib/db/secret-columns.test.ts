import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { SECRET_COLUMNS } from "./secret-columns";

// The client leaves SECRET_COLUMNS out of every result (docs/decisions/031); a module gets one back
// only by naming it. This scan finds every place that names one and fails outside the modules
// below, so a new read of a secret is a reviewed change to this list, not a quiet line elsewhere.
// Tests and lib/test/ are not scanned: they check what is stored, and ship nowhere.

const SECRET_NAMES = new Set(Object.values(SECRET_COLUMNS).flatMap((columns) => Object.keys(columns)));

/** Module -> the secret columns it may read, and why it needs them. */
const ALLOWED: Record<string, { columns: string[]; why: string }> = {
  "lib/db/secret-columns.ts": { columns: [...SECRET_NAMES], why: "the list itself" },
  "lib/auth/credentials.ts": { columns: ["passwordHash"], why: "staff sign-in checks the password" },
  "lib/comments/queries.ts": { columns: ["ipHash"], why: "the queue tells whether an author is blocked (the hash stays inside)" },
  "lib/comments/mutations.ts": { columns: ["ipHash"], why: "blocking an author blocks their address hash" },
  "lib/mail/worker.ts": { columns: ["sealed"], why: "the mail worker opens a mail to send it, and seals legacy rows" },
  "lib/my-data/queries.ts": {
    columns: ["emailHash", "nameEncrypted", "countryEncrypted"],
    why: '"my data" shows a supporter their own rows',
  },
  "lib/petitions/export.ts": {
    columns: ["nameEncrypted", "countryEncrypted", "emailEncrypted"],
    why: "the signature export staff deliver",
  },
  "lib/petitions/queries.ts": {
    columns: ["countryEncrypted", "ipHash", "emailEncrypted"],
    why: "shown signers' countries, addresses signing often (hash counts), invalidation by address domain",
  },
  "lib/petitions/sealed.ts": {
    columns: ["nameEncrypted", "countryEncrypted"],
    why: "seals names and countries stored in clear by old versions",
  },
  "scripts/bench/databases.ts": { columns: ["emailHash"], why: "the benchmark checks every acknowledged signature was written" },
  "scripts/fuzz/rows.ts": { columns: ["*"], why: "the fuzzer reads every column to find clear text where ciphertext belongs" },
};

const SCANNED_DIRS = ["lib", "app", "components", "scripts", "server", "prisma"];
const SKIPPED = [/\.test\.tsx?$/, /^lib\/test\//, /^lib\/generated\//];

interface Use {
  file: string;
  line: number;
  column: string;
  how: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|mts)$/.test(entry.name))
    .map((entry) => relative(process.cwd(), join(entry.parentPath, entry.name)))
    .filter((file) => !SKIPPED.some((pattern) => pattern.test(file)));
}

const nameOf = (name: ts.PropertyName): string | undefined => (ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined);

/** Each place a source text reads a secret column: a select or omit key, a groupBy key, raw SQL. */
function secretColumnUses(file: string, text: string): Use[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const uses: Use[] = [];
  const add = (node: ts.Node, column: string, how: string) =>
    uses.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, column, how });

  // The key that holds an object literal: `select`, `omit`, `by`, a relation name...
  const holder = (node: ts.Node): string | undefined =>
    node.parent && ts.isPropertyAssignment(node.parent) ? nameOf(node.parent.name) : undefined;

  const visit = (node: ts.Node) => {
    if (ts.isObjectLiteralExpression(node)) {
      const key = holder(node);
      for (const property of node.properties) {
        const column = property.name && nameOf(property.name as ts.PropertyName);
        if (!column || !SECRET_NAMES.has(column)) continue;
        const value = ts.isPropertyAssignment(property) ? property.initializer.kind : undefined;
        // `omit: { x: true }` only repeats the default; `omit: { x: false }` (or a variable) opts in.
        if (key === "omit" && value !== ts.SyntaxKind.TrueKeyword) add(property, column, "omit: false");
        else if (key === "select" && value !== ts.SyntaxKind.FalseKeyword) add(property, column, "select");
        // `{ x: true }` under any other key is a select written elsewhere (a shared constant, a nested relation).
        else if (key !== "omit" && key !== "select" && value === ts.SyntaxKind.TrueKeyword) add(property, column, "x: true");
      }
    }
    // groupBy returns its `by` columns whatever the omit says.
    if (ts.isArrayLiteralExpression(node) && holder(node) === "by") {
      for (const element of node.elements) {
        if (ts.isStringLiteral(element) && SECRET_NAMES.has(element.text)) add(element, element.text, "groupBy by");
      }
    }
    // Raw SQL passes by Prisma altogether: the columns a SELECT names, or all of them.
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node)) {
      for (const [, list] of node.text.matchAll(/\bselect\s+([\s\S]*?)\s+from\b/gi)) {
        if (/(^|[\s,])\*/.test(list!)) add(node, "*", "SQL SELECT *");
        for (const column of SECRET_NAMES) if (new RegExp(`\\b${column}\\b`).test(list!)) add(node, column, "SQL SELECT");
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return uses;
}

function forbidden(uses: Use[]): string[] {
  return uses
    .filter((use) => !ALLOWED[use.file]?.columns.includes(use.column))
    .map(
      (use) =>
        `${use.file}:${use.line} reads secret column "${use.column}" (${use.how}): not allowed there (lib/db/secret-columns.test.ts)`,
    );
}

describe("secret columns", () => {
  it("are read only by the modules allowed to", () => {
    const uses = SCANNED_DIRS.flatMap(sourceFiles).flatMap((file) => secretColumnUses(file, readFileSync(file, "utf8")));
    expect(forbidden(uses)).toEqual([]);
  }, 60_000); // parses every source file

  it("has no stale allowance: every allowed module still reads each column it is allowed", () => {
    const stale = Object.entries(ALLOWED).flatMap(([file, { columns }]) => {
      const read = new Set(secretColumnUses(file, readFileSync(file, "utf8")).map((use) => use.column));
      return columns.filter((column) => !read.has(column)).map((column) => `${file}: ${column}`);
    });
    expect(stale).toEqual([]);
  });

  it("catches a select, an omit opt-in, a shared select, a groupBy and raw SQL", () => {
    const text = `
      db.signature.findMany({ select: { id: true, emailEncrypted: true } });
      db.outboxMessage.findFirst({ omit: { sealed: false } });
      db.session.findMany({ omit: { sessionToken: true } });
      const columns = { passwordHash: true } as const;
      db.signature.groupBy({ by: ["emailHash"], _count: true });
      db.$queryRaw\`SELECT "ipHash" FROM "Comment"\`;
      db.signature.findMany({ where: { emailHash: hash }, select: { id: true } });
    `;
    expect(forbidden(secretColumnUses("lib/example/queries.ts", text))).toEqual([
      'lib/example/queries.ts:2 reads secret column "emailEncrypted" (select): not allowed there (lib/db/secret-columns.test.ts)',
      'lib/example/queries.ts:3 reads secret column "sealed" (omit: false): not allowed there (lib/db/secret-columns.test.ts)',
      'lib/example/queries.ts:5 reads secret column "passwordHash" (x: true): not allowed there (lib/db/secret-columns.test.ts)',
      'lib/example/queries.ts:6 reads secret column "emailHash" (groupBy by): not allowed there (lib/db/secret-columns.test.ts)',
      'lib/example/queries.ts:7 reads secret column "ipHash" (SQL SELECT): not allowed there (lib/db/secret-columns.test.ts)',
    ]);
  });
});
