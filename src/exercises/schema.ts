/**
 * The exercise format as a plain JSON Schema (draft-07, the draft editors support best).
 * Built from the TypeBox definition in ./format; scripts/gen-schema.ts writes it to
 * schema/exercise.v1.schema.json, and a test fails when that file is out of date.
 */
import { ExerciseSchema } from "./format";

export const JSON_SCHEMA_DRAFT = "http://json-schema.org/draft-07/schema#";

export type JsonSchema = { [key: string]: unknown };

/** The schema as JSON data: TypeBox's symbol keys dropped, `$schema`, `$id`, title and description first. */
export function exerciseJsonSchema(): JsonSchema {
  const plain = JSON.parse(JSON.stringify(ExerciseSchema)) as JsonSchema;
  const { $id, title, description, ...rest } = plain;
  return { $schema: JSON_SCHEMA_DRAFT, $id, title, description, ...rest };
}

/** The file text exactly as committed (two-space indent, trailing newline). */
export function exerciseJsonSchemaText(): string {
  return JSON.stringify(exerciseJsonSchema(), null, 2) + "\n";
}
