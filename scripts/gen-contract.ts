/**
 * Writes the files generated from the run contract (src/contract/):
 *   schema/run.v1.schema.json       the JSON Schema of `interleave run --json` (published with the site)
 *   runtime/interleave/contract.py  the contract's names for the Python runtime
 *   node --import tsx scripts/gen-contract.ts          write them
 *   node --import tsx scripts/gen-contract.ts --check  exit 1 if a committed file is out of date
 */
import { contractPythonText } from "../src/contract/python";
import { runJsonSchemaText } from "../src/contract/schema";
import { writeOrCheck } from "./generated-files";

const targets: [string, string][] = [
  ["../schema/run.v1.schema.json", runJsonSchemaText()],
  ["../runtime/interleave/contract.py", contractPythonText()],
];

writeOrCheck(targets, "npm run gen:contract");
