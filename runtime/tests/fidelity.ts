/**
 * Judging a simulated run against what CPython recorded (../shared/fidelity/record.py writes
 * expected.json): the same rule as ../shared/fidelity/compare.py. Stdout must be one CPython
 * printed (or, for an "unordered" case, the same lines in another order), the exit code the
 * same, and the elapsed time within max(0.06 s, 10 %) of CPython's when it was recorded.
 */
export interface Expected {
  outputs: string[];
  exit: number;
  unordered: boolean;
  elapsed: number | null;
}

export interface Simulated {
  stdout: string;
  exitCode: number;
  elapsed: number;
}

const sortedLines = (s: string): string => s.split("\n").filter(Boolean).sort().join("\n");

/** Returns null when the run matches, else why it does not. */
export function judge(exp: Expected, got: Simulated): string | null {
  const okOut =
    exp.outputs.includes(got.stdout) ||
    (exp.unordered && exp.outputs.some((o) => sortedLines(o) === sortedLines(got.stdout)));
  if (!okOut) {
    return `stdout differs:\n--- simulator\n${got.stdout}--- CPython\n${exp.outputs[0] ?? ""}`;
  }
  if (got.exitCode !== exp.exit) return `exit code ${got.exitCode} but CPython exits ${exp.exit}`;
  if (exp.elapsed !== null) {
    const tolerance = Math.max(0.06, 0.1 * exp.elapsed);
    if (Math.abs(got.elapsed - exp.elapsed) > tolerance) {
      return `elapsed ${got.elapsed} but CPython takes ${exp.elapsed}`;
    }
  }
  return null;
}
