import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { BLOCK_REASONS, STOP_KINDS } from "./names";
import { contractPythonText, pythonConstantName } from "./python";
import { RUN_SCHEMA_ID } from "./run";
import { runJsonSchema, runJsonSchemaText } from "./schema";

const committed = (relative: string): string =>
  readFileSync(fileURLToPath(new URL(relative, import.meta.url)), "utf8");

describe("files generated from the run contract (npm run gen:contract)", () => {
  it("schema/run.v1.schema.json is up to date", () => {
    expect(committed("../../schema/run.v1.schema.json")).toBe(runJsonSchemaText());
  });

  it("runtime/interleave/contract.py is up to date", () => {
    expect(committed("../../runtime/interleave/contract.py")).toBe(contractPythonText());
  });

  it("names every reason and stop kind as a Python constant", () => {
    const text = contractPythonText();
    for (const name of [...BLOCK_REASONS, ...STOP_KINDS])
      expect(text).toContain(`    ${pythonConstantName(name)} = "${name}"\n`);
  });
});

describe("pythonConstantName", () => {
  it.each([
    ["loop-blocked", "LOOP_BLOCKED"],
    ["waitsFor", "WAITS_FOR"],
    ["VirtualTimeLimit", "VIRTUAL_TIME_LIMIT"],
    ["__after_error__", "AFTER_ERROR"],
    ["cpuCount", "CPU_COUNT"],
  ])("%s -> %s", (name, constant) => {
    expect(pythonConstantName(name)).toBe(constant);
  });
});

/** Every property of every object schema, with its JSON path. */
function properties(node: unknown, path: string, out: { path: string; schema: object }[]): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => properties(item, `${path}[${i}]`, out));
    return;
  }
  if (node === null || typeof node !== "object") return;
  const record = node as Record<string, unknown>;
  const props = record["properties"];
  if (props && typeof props === "object")
    for (const [name, schema] of Object.entries(props))
      out.push({ path: `${path}.${name}`, schema: schema as object });
  for (const [key, value] of Object.entries(record)) properties(value, `${path}/${key}`, out);
}

describe("run.v1.schema.json", () => {
  it("has its $id and a description on every field", () => {
    const schema = runJsonSchema();
    expect(schema.$id).toBe(RUN_SCHEMA_ID);
    const all: { path: string; schema: object }[] = [];
    properties(schema, "", all);
    expect(all.length).toBeGreaterThan(40);
    const missing = all.filter((p) => !("description" in p.schema)).map((p) => p.path);
    expect(missing).toEqual([]);
  });
});
