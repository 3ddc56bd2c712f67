/**
 * Writes the pack formats' JSON Schemas from their TypeBox definitions:
 *   schema/exercise.v1.schema.json  from src/exercises/format.ts
 *   schema/course.v1.schema.json    from src/exercises/course.ts
 *   node --import tsx scripts/gen-schema.ts          write them
 *   node --import tsx scripts/gen-schema.ts --check  exit 1 if a committed file is out of date
 * (The run contract's schema has its own script, scripts/gen-contract.ts.)
 */
import { courseJsonSchemaText } from "../src/exercises/course";
import { exerciseJsonSchemaText } from "../src/exercises/schema";
import { writeOrCheck } from "./generated-files";

const targets: [string, string][] = [
  ["../schema/exercise.v1.schema.json", exerciseJsonSchemaText()],
  ["../schema/course.v1.schema.json", courseJsonSchemaText()],
];

writeOrCheck(targets, "npm run gen:schema");
