/**
 * Writes the files generated from the run contract (src/contract/):
 *   schema/run.v1.schema.json       the JSON Schema of `interleave run --json` (published with the site)
 *   runtime/interleave/contract.py  the contract's names for the Python runtime
 *   node --import tsx scripts/gen-contract.ts          write them
 *   node --import tsx scripts/gen-contract.ts --check  exit 1 if a committed file is out of date
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { contractPythonText } from "../src/contract/python";
import { runJsonSchemaText } from "../src/contract/schema";

const targets: [string, string][] = [
  ["../schema/run.v1.schema.json", runJsonSchemaText()],
  ["../runtime/interleave/contract.py", contractPythonText()],
];

let stale = 0;
for (const [relative, text] of targets) {
  const target = fileURLToPath(new URL(relative, import.meta.url));
  if (process.argv.includes("--check")) {
    let current = "";
    try {
      current = readFileSync(target, "utf8");
    } catch {
      // missing counts as out of date
    }
    if (current !== text) {
      console.error(`${target} is out of date: run npm run gen:contract`);
      stale++;
    }
  } else {
    writeFileSync(target, text);
    console.log(`wrote ${target}`);
  }
}
process.exit(stale > 0 ? 1 : 0);
