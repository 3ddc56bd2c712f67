/**
 * Writes schema/exercise.v1.schema.json from the TypeBox definition in src/exercises/format.ts.
 *   node --import tsx scripts/gen-schema.ts          write the file
 *   node --import tsx scripts/gen-schema.ts --check  exit 1 if the committed file is out of date
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { exerciseJsonSchemaText } from "../src/exercises/schema";

const target = fileURLToPath(new URL("../schema/exercise.v1.schema.json", import.meta.url));
const text = exerciseJsonSchemaText();

if (process.argv.includes("--check")) {
  let current = "";
  try {
    current = readFileSync(target, "utf8");
  } catch {
    // missing counts as out of date
  }
  if (current !== text) {
    console.error(`${target} is out of date: run node --import tsx scripts/gen-schema.ts`);
    process.exit(1);
  }
  console.log(`${target} is up to date`);
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
