import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { BLOCK_REASONS, STOP_KINDS } from "./names";
import { contractPythonText, pythonConstantName } from "./python";
import { runJsonSchemaText } from "./schema";

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
