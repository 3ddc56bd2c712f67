/** Test helper: a RunResult for a program that printed nothing and ended well, with overrides. */
import type { RunResult } from "./types";

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
