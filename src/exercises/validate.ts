/**
 * Schema validation of one parsed exercise document with Ajv, compiled once from the
 * TypeBox definition (the same schema that is published for editors).
 */
import { Ajv, type ValidateFunction } from "ajv";
import type { Exercise } from "./format";
import { exerciseJsonSchema } from "./schema";
import { explainErrors, type FieldError } from "./errors";

let compiled: { validate: ValidateFunction; schema: unknown } | null = null;

function validator() {
  if (compiled === null) {
    const schema = exerciseJsonSchema();
    const ajv = new Ajv({
      allErrors: true,
      strict: true,
      strictTypes: false,
      allowMatchingProperties: true,
    });
    compiled = { validate: ajv.compile(schema), schema };
  }
  return compiled;
}

/** Validates `data` against format v1; on success narrows it to {@link Exercise}. */
export function validateExercise(
  data: unknown,
): { ok: true; exercise: Exercise } | { ok: false; errors: FieldError[] } {
  const { validate, schema } = validator();
  if (validate(data)) return { ok: true, exercise: data as Exercise };
  return { ok: false, errors: explainErrors(validate.errors ?? [], schema, data) };
}
