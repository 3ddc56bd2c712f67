/**
 * A verdict as plain text, for the terminal (`interleave check` without --json): one line per
 * check with ✓/✗, expected vs actual and the diff for failures, then the targeted hints.
 */
import { plural } from "../i18n";
import { formatDiff } from "./diff";
import type { CheckResult, Verdict } from "./types";

const indent = (text: string, prefix: string) =>
  text
    .split("\n")
    .map((line) => prefix + line)
    .join("\n");

function formatCheck(check: CheckResult, prefix: string, lines: string[]): void {
  lines.push(`${prefix}${check.passed ? "✓" : "✗"} ${check.title}`);
  if (check.passed) return;
  const inner = `${prefix}    `;
  const multiline = check.expected.includes("\n") || check.actual.includes("\n");
  if (check.diff && check.diff.length > 0) {
    lines.push(`${inner}expected (-) vs actual (+):`, indent(formatDiff(check.diff), `${inner}  `));
  } else if (multiline) {
    lines.push(
      `${inner}expected:`,
      indent(check.expected, `${inner}  `),
      `${inner}actual:`,
      indent(check.actual, `${inner}  `),
    );
  } else if (check.expected !== check.title) {
    lines.push(`${inner}expected: ${check.expected}`, `${inner}actual:   ${check.actual}`);
  } else {
    lines.push(`${inner}${check.actual}`);
  }
  for (const detail of check.details ?? []) {
    lines.push(
      detail
        .split("\n")
        .map((line, i) => `${inner}${i === 0 ? "· " : "  "}${line}`)
        .join("\n"),
    );
  }
  for (const child of check.children ?? []) formatCheck(child, inner, lines);
}

export function formatVerdict(verdict: Verdict): string {
  const lines: string[] = [];
  if (verdict.failure) lines.push(verdict.failure);
  for (const check of verdict.checks) formatCheck(check, "", lines);
  const passed = verdict.checks.filter((c) => c.passed).length;
  lines.push(
    "",
    `${verdict.passed ? "PASS" : "FAIL"} ${verdict.exerciseId}: ${passed} of ${plural("en", verdict.checks.length, { one: "# check", other: "# checks" })} passed`,
  );
  for (const hint of verdict.hints) lines.push("", `hint (${hint.id}): ${hint.text}`);
  return lines.join("\n") + "\n";
}
