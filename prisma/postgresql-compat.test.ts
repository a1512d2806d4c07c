import { readFileSync } from "node:fs";
import { join } from "node:path";
import { get_dmmf } from "@prisma/prisma-schema-wasm";
import { describe, expect, it } from "vitest";

// PostgreSQL is the path past one machine: the same schema must be valid for it unchanged,
// so nothing in the data model depends on SQLite.
const schema = readFileSync(join(process.cwd(), "prisma", "schema.prisma"), "utf8");

function models(provider: string) {
  const text = schema.replace(/provider\s*=\s*"sqlite"/, `provider = "${provider}"`);
  const dmmf = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: [["schema.prisma", text]] })));
  return dmmf.datamodel.models.map((m: { name: string; fields: { name: string; type: string }[] }) => ({
    name: m.name,
    fields: m.fields.map((f) => `${f.name}:${f.type}`),
  }));
}

describe("the schema on PostgreSQL", () => {
  it("is valid with the provider switched, and describes the same models", () => {
    expect(schema).toMatch(/provider\s*=\s*"sqlite"/);
    expect(models("postgresql")).toEqual(models("sqlite"));
  });
});
