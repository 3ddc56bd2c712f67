/**
 * Validation against the run contract, with Ajv compiled once from the same JSON Schema that is
 * published (schema/run.v1.schema.json) and the exercise loader's readable error messages.
 *
 * A request is checked before it reaches Python (a wrong field is the caller's mistake, named by
 * its path); a result is decoded after, so a runtime that writes a name the page does not know
 * (a new block reason, a misspelt key) fails loudly here instead of being drawn wrongly.
 */
import { Ajv, type ValidateFunction } from "ajv";
import { explainErrors, type FieldError } from "../exercises/errors";
import type { RunRequest, RunResult } from "./run";
import { runJsonSchema, runRequestJsonSchema } from "./schema";

interface Compiled {
  validate: ValidateFunction;
  schema: unknown;
}

let compiled: { request: Compiled; result: Compiled } | null = null;

function validators(): { request: Compiled; result: Compiled } {
  if (compiled === null) {
    const ajv = new Ajv({
      allErrors: true,
      strict: true,
      strictTypes: false,
      allowMatchingProperties: true,
    });
    const result = runJsonSchema();
    const request = runRequestJsonSchema();
    compiled = {
      result: { validate: ajv.compile(result), schema: result },
      request: { validate: ajv.compile(request), schema: request },
    };
  }
  return compiled;
}

/** "trace.events[3].reason: must be one of: sleep, lock, ..." (at most `max`, then a count). */
export function describeErrors(errors: readonly FieldError[], max = 3): string {
  const shown = errors
    .slice(0, max)
    .map((e) => (e.field ? `${e.field}: ${e.message}` : e.message))
    .join("; ");
  return errors.length > max ? `${shown}; and ${errors.length - max} more` : shown;
}

function check(which: Compiled, data: unknown): FieldError[] {
  if (which.validate(data)) return [];
  return explainErrors(which.validate.errors ?? [], which.schema, data);
}

/** A run request or result that does not match the run contract. */
export class RunContractError extends Error {
  constructor(
    message: string,
    readonly errors: readonly FieldError[],
  ) {
    super(message);
    this.name = "RunContractError";
  }
}

/**
 * Compiles the validators now rather than on the first request (~100 ms in Chromium): the worker
 * calls it while it waits for the snapshot, so the first Run and Check do not pay it.
 */
export function compileRunContract(): void {
  validators();
}

/** The errors of a run request against the contract (empty when it is valid). */
export function runRequestErrors(request: unknown): FieldError[] {
  return check(validators().request, request);
}

/** Throws a {@link RunContractError} naming the fields unless `request` matches the contract. */
export function assertRunRequest(request: unknown): asserts request is RunRequest {
  const errors = runRequestErrors(request);
  if (errors.length > 0)
    throw new RunContractError(`invalid run request: ${describeErrors(errors)}`, errors);
}

/**
 * Parses and checks the runtime's JSON answer (`revive` turns its compact parts into the
 * contract's shape first: the engine's trace, see src/engine/trace-wire.ts). Throws a {@link RunContractError} when it is not
 * a run result of this contract version: a bug in the runtime, reported with the fields.
 */
export function decodeRunResult(json: string, revive?: (data: unknown) => unknown): RunResult {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new RunContractError(`the Python runtime returned invalid JSON: ${reason}`, []);
  }
  if (revive !== undefined) data = revive(data);
  const errors = check(validators().result, data);
  if (errors.length > 0)
    throw new RunContractError(
      `the Python runtime returned a result off the run contract: ${describeErrors(errors)}`,
      errors,
    );
  return data as RunResult;
}
