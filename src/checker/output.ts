/**
 * Matching of printed output: normalised comparison, unordered lines, order constraints.
 * Pure functions on strings; regular expressions are the format's (JavaScript syntax, matched in
 * linear time: see src/exercises/regex.ts).
 */
import { compilePattern } from "../exercises";
import { splitLines } from "./diff";

/** Whitespace-insensitive form: CRLF -> LF, each line trimmed and its runs of spaces/tabs collapsed, blank lines at either end dropped. */
export function normaliseText(text: string): string {
  const lines = splitLines(text).map((line) => line.replace(/[ \t]+/g, " ").trim());
  while (lines.length > 0 && lines[0] === "") lines.shift();
  while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines.join("\n");
}

/** Lines of expected missing from actual and lines of actual not expected, as multisets of normalised lines. */
export function unorderedDifference(
  expected: string,
  actual: string,
): { missing: string[]; extra: string[] } {
  const want = splitLines(normaliseText(expected));
  const got = splitLines(normaliseText(actual));
  const counts = new Map<string, number>();
  for (const line of got) counts.set(line, (counts.get(line) ?? 0) + 1);
  const missing: string[] = [];
  for (const line of want) {
    const left = counts.get(line) ?? 0;
    if (left > 0) counts.set(line, left - 1);
    else missing.push(line);
  }
  const extra: string[] = [];
  for (const line of got) {
    const left = counts.get(line) ?? 0;
    if (left > 0) {
      extra.push(line);
      counts.set(line, left - 1);
    }
  }
  return { missing, extra };
}

export type OrderProblem =
  | { kind: "missing"; pattern: string }
  | {
      kind: "out-of-order";
      early: { pattern: string; line: number; text: string };
      late: { pattern: string; line: number; text: string };
    };

/**
 * Checks that every line matching sequence[i] comes before every line matching sequence[i+1],
 * and that each pattern matches some line. Returns the first problem, or null. Line numbers are 1-based.
 * Consecutive pairs suffice: with every group non-empty, the order is transitive.
 */
export function orderProblem(
  text: string,
  sequence: readonly string[],
  regex: boolean,
): OrderProblem | null {
  const lines = splitLines(text);
  const matches = (pattern: string) => {
    const compiled = regex ? compilePattern(pattern) : null;
    const test = compiled
      ? (line: string) => compiled.test(line)
      : (line: string) => line.includes(pattern);
    return lines.flatMap((line, index) => (test(line) ? [index] : []));
  };
  const groups = sequence.map(matches);
  for (let i = 0; i < groups.length; i++) {
    if ((groups[i] ?? []).length === 0) return { kind: "missing", pattern: sequence[i] ?? "" };
  }
  for (let i = 0; i + 1 < groups.length; i++) {
    const earlier = groups[i] ?? [];
    const later = groups[i + 1] ?? [];
    const lastEarly = earlier[earlier.length - 1] ?? -1;
    const firstLate = later[0] ?? Infinity;
    if (lastEarly > firstLate) {
      return {
        kind: "out-of-order",
        early: { pattern: sequence[i] ?? "", line: lastEarly + 1, text: lines[lastEarly] ?? "" },
        late: { pattern: sequence[i + 1] ?? "", line: firstLate + 1, text: lines[firstLate] ?? "" },
      };
    }
  }
  return null;
}
