/** Test helpers for run results. */
import type { RunResult } from "./types";

/** A RunResult for a program that printed nothing and ended well, with overrides. */
export function runResult(fields: Partial<RunResult> = {}): RunResult {
  return {
    stdout: "",
    stderr: "",
    exitCode: 0,
    elapsed: 0,
    error: null,
    trace: { version: 1, lanes: [], events: [], truncated: false },
    deadlock: null,
    reports: {},
    seed: 0,
    ...fields,
  };
}

/** `result` without the object addresses Python prints (` at 0x1cedd70`): where objects happened
 * to be in memory, which differs between two interpreters and between a run with tests and one
 * without (the tests' harness allocates before the program). */
export const withoutAddresses = (result: unknown): unknown =>
  JSON.parse(JSON.stringify(result).replace(/ at 0x[0-9a-f]+/g, ""));
