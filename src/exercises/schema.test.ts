import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { isCourseFile } from "./course";
import { SCHEMA_ID } from "./format";
import { exerciseJsonSchema, exerciseJsonSchemaText } from "./schema";
import { DEFAULT_PACK_DIR, readPackFiles } from "./node";

const committedPath = fileURLToPath(
  new URL("../../schema/exercise.v1.schema.json", import.meta.url),
);

/** Every property of every object schema, with its JSON path. */
function properties(
  node: unknown,
  path: string,
  out: { path: string; schema: Record<string, unknown> }[],
): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => properties(item, `${path}[${i}]`, out));
    return;
  }
  if (node === null || typeof node !== "object") return;
  const record = node as Record<string, unknown>;
  for (const key of ["properties", "patternProperties"]) {
    const props = record[key];
    if (props && typeof props === "object") {
      for (const [name, schema] of Object.entries(props))
        out.push({ path: `${path}.${name}`, schema: schema as Record<string, unknown> });
    }
  }
  for (const [key, value] of Object.entries(record)) properties(value, `${path}/${key}`, out);
}

describe("exercise.v1.schema.json", () => {
  it("is up to date with src/exercises/format.ts (run: node --import tsx scripts/gen-schema.ts)", () => {
    expect(readFileSync(committedPath, "utf8")).toBe(exerciseJsonSchemaText());
  });

  it("has its $id and a description on every field", () => {
    const schema = exerciseJsonSchema();
    expect(schema.$id).toBe(SCHEMA_ID);
    const all: { path: string; schema: Record<string, unknown> }[] = [];
    properties(schema, "", all);
    expect(all.length).toBeGreaterThan(50);
    const missing = all
      .filter((p) => typeof p.schema.description !== "string" || p.schema.description === "")
      .map((p) => p.path);
    expect(missing).toEqual([]);
  });

  it("accepts the repository's exercises when used on its own by a standard validator", () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(
      JSON.parse(readFileSync(committedPath, "utf8")) as object,
    );
    const files = Object.fromEntries(
      Object.entries(readPackFiles(DEFAULT_PACK_DIR)).filter(([file]) => !isCourseFile(file)),
    );
    expect(Object.keys(files).length).toBeGreaterThanOrEqual(2);
    for (const [file, text] of Object.entries(files)) {
      expect({ file, ok: validate(JSON.parse(text)), errors: validate.errors ?? null }).toEqual({
        file,
        ok: true,
        errors: null,
      });
    }
  });
});
