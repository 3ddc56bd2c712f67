/**
 * The one way a run request is made: by the app (Run), the checker (every run of `check`) and
 * the CLI (`interleave run`), and again by the engine for requests written by hand in tests.
 * It fills in every default from ./names (so the page, the CLI and the runtime agree on limits
 * without the runtime guessing) and validates the request against the contract.
 */
import { RUN_DEFAULTS } from "./names";
import type { RunRequest } from "./run";
import { assertRunRequest } from "./validate";

/** A request with every setting decided. */
export type CompleteRunRequest = RunRequest & {
  [K in keyof typeof RUN_DEFAULTS]-?: NonNullable<RunRequest[K]>;
};

/**
 * `input` with the defaults filled in. Pass an exercise's `run` settings spread into it.
 * Throws a RunContractError naming the field when a value is off the contract (e.g. an endpoint
 * whose path does not start with "/"). Settings given as `undefined` take their default.
 */
export function buildRunRequest(input: RunRequest): CompleteRunRequest {
  const request: Record<string, unknown> = { ...RUN_DEFAULTS };
  for (const [key, value] of Object.entries(input)) if (value !== undefined) request[key] = value;
  assertRunRequest(request);
  return request as CompleteRunRequest;
}
