/**
 * The run contract as a plain JSON Schema (draft-07): the result at the top, the request and the
 * parts in `definitions`. scripts/gen-contract.ts writes it to schema/run.v1.schema.json, which
 * the build publishes beside the site; a test fails when the committed file is out of date.
 */
import { JSON_SCHEMA_DRAFT, type JsonSchema } from "../exercises/schema";
import { RunRequestSchema, RunResultSchema, TraceEventSchema } from "./run";

const plain = (schema: unknown): JsonSchema => JSON.parse(JSON.stringify(schema)) as JsonSchema;

export function runJsonSchema(): JsonSchema {
  const { $id, title, description, ...rest } = plain(RunResultSchema);
  return {
    $schema: JSON_SCHEMA_DRAFT,
    $id,
    title,
    description,
    ...rest,
    definitions: { RunRequest: plain(RunRequestSchema), TraceEvent: plain(TraceEventSchema) },
  };
}

/** The request's schema on its own, for validating requests. */
export function runRequestJsonSchema(): JsonSchema {
  return { $schema: JSON_SCHEMA_DRAFT, ...plain(RunRequestSchema) };
}

/** The file text exactly as committed (two-space indent, trailing newline). */
export function runJsonSchemaText(): string {
  return JSON.stringify(runJsonSchema(), null, 2) + "\n";
}
