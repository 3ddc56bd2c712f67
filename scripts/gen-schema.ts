/**
 * Writes the pack formats' JSON Schemas from their TypeBox definitions:
 *   schema/exercise.v1.schema.json  from src/exercises/format.ts
 *   schema/course.v1.schema.json    from src/exercises/course.ts
 *   node --import tsx scripts/gen-schema.ts          write them
 *   node --import tsx scripts/gen-schema.ts --check  exit 1 if a committed file is out of date
 * (The run contract's schema has its own script, scripts/gen-contract.ts.)
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { courseJsonSchemaText } from "../src/exercises/course";
import { exerciseJsonSchemaText } from "../src/exercises/schema";

const targets: [string, string][] = [
  ["../schema/exercise.v1.schema.json", exerciseJsonSchemaText()],
  ["../schema/course.v1.schema.json", courseJsonSchemaText()],
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
      console.error(`${target} is out of date: run npm run gen:schema`);
      stale++;
    }
  } else {
    writeFileSync(target, text);
    console.log(`wrote ${target}`);
  }
}
process.exit(stale > 0 ? 1 : 0);
