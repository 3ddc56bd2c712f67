/**
 * A small line diff (longest common subsequence) for showing expected vs actual output.
 * Pure and deterministic. Quadratic in lines, so inputs past a bound fall back to
 * "all expected removed, all actual added", which is still correct, only less precise.
 */
import type { DiffLine } from "./types";

const MAX_CELLS = 4_000_000;

/** Splits text into lines; a final newline does not make an extra empty line. */
export function splitLines(text: string): string[] {
  if (text === "") return [];
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/** Lines of `expected` and `actual` in order, each marked same / removed (expected only) / added (actual only). */
export function diffLines(expected: readonly string[], actual: readonly string[]): DiffLine[] {
  const n = expected.length;
  const m = actual.length;
  if (n * m > MAX_CELLS) {
    return [
      ...expected.map((text) => ({ op: "removed" as const, text })),
      ...actual.map((text) => ({ op: "added" as const, text })),
    ];
  }
  // lcs[i][j] = length of the LCS of expected[i:] and actual[j:], in one flat array.
  const width = m + 1;
  const lcs = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] =
        expected[i] === actual[j]
          ? (lcs[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(lcs[(i + 1) * width + j] ?? 0, lcs[i * width + j + 1] ?? 0);
    }
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const e = expected[i] ?? "";
    const a = actual[j] ?? "";
    if (e === a) {
      out.push({ op: "same", text: e });
      i++;
      j++;
    } else if ((lcs[(i + 1) * width + j] ?? 0) >= (lcs[i * width + j + 1] ?? 0)) {
      out.push({ op: "removed", text: e });
      i++;
    } else {
      out.push({ op: "added", text: a });
      j++;
    }
  }
  for (; i < n; i++) out.push({ op: "removed", text: expected[i] ?? "" });
  for (; j < m; j++) out.push({ op: "added", text: actual[j] ?? "" });
  return out;
}

/** The diff as text, unified-style: "  same", "- expected", "+ actual". */
export function formatDiff(diff: readonly DiffLine[]): string {
  const mark = { same: " ", removed: "-", added: "+" } as const;
  return diff.map((line) => `${mark[line.op]} ${line.text}`).join("\n");
}
