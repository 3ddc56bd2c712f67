/**
 * Evaluates one check against one run: RunResult (plus code facts and test outcomes) in,
 * CheckResult out. Pure and deterministic; hint selection is separate (./hints), and the
 * multi-run checks (schedules) are combined in ./schedules.
 */
import type { RunResult } from "../engine/types";
import type { CodeCheck, RunCheck } from "../exercises";
import { compilePattern, localize } from "../exercises";
import { occurrences } from "./code";
import { diffLines, splitLines } from "./diff";
import type { Messages } from "./messages";
import { normaliseText, orderProblem, unorderedDifference } from "./output";
import { createdCount, loopBlocking, peakConcurrency } from "./trace";
import type { CheckResult, CodeFacts, TestOutcome } from "./types";

export interface EvalContext {
  run: RunResult;
  facts: CodeFacts | null;
  /** For a check of kind "tests": the outcomes its run reported (null: the tests did not run). */
  tests: TestOutcome[] | null;
  lang: string;
  messages: Messages;
}

type Outcome = Omit<CheckResult, "id" | "kind" | "title" | "hint"> & { title: string };

const DEFAULT_TOLERANCE = 0.05;
/** Tiny slack so that 2.9999999 counts as 3.0 ± 0 (virtual time is summed in floating point). */
const EPSILON = 1e-9;

/** A long output is quoted up to this many lines or characters; the console shows all of it. */
const QUOTED_LINES = 20;
const QUOTED_CHARS = 2000;

/** The output as a verdict quotes it: whole when short, else its start and how much is left. */
export function quoted(text: string, m: Messages["output"]): string {
  if (text === "") return m.nothing;
  const lines = splitLines(text);
  if (lines.length <= QUOTED_LINES && text.length <= QUOTED_CHARS) return text;
  let start = lines.slice(0, QUOTED_LINES).join("\n");
  if (start.length > QUOTED_CHARS) start = start.slice(0, QUOTED_CHARS);
  const left = lines.length - start.split("\n").length;
  return left > 0 ? `${start}\n${m.more(left)}` : `${start}…`;
}

function output(check: Extract<RunCheck, { kind: "output" }>, ctx: EvalContext): Outcome {
  const m = ctx.messages.output;
  const text = check.stream === "stderr" ? ctx.run.stderr : ctx.run.stdout;
  const shown = quoted(text, m);
  switch (check.match) {
    case "exact":
    case "normalised": {
      const normalised = check.match === "normalised";
      const want = normalised ? normaliseText(check.expected) : check.expected;
      const got = normalised ? normaliseText(text) : text;
      const passed = want === got;
      return {
        title: normalised ? m.normalised : m.exact,
        passed,
        expected: check.expected,
        actual: shown,
        value: text,
        ...(passed ? {} : { diff: diffLines(splitLines(want), splitLines(got)) }),
      };
    }
    case "contains":
    case "not-contains": {
      const found = text.includes(check.expected);
      const wanted = check.match === "contains";
      return {
        title: wanted ? m.contains(check.expected) : m.notContains(check.expected),
        passed: found === wanted,
        expected: check.expected,
        actual: found === wanted ? (found ? m.found : m.notFound) : shown,
        value: text,
      };
    }
    case "regex": {
      const passed = compilePattern(check.expected, check.flags).test(text);
      return {
        title: m.regex(check.expected),
        passed,
        expected: `/${check.expected}/${check.flags ?? ""}`,
        actual: passed ? m.found : shown,
        value: text,
      };
    }
    case "lines-unordered": {
      const { missing, extra } = unorderedDifference(check.expected, text);
      const passed = missing.length === 0 && extra.length === 0;
      const details = [
        ...(missing.length > 0 ? [m.missing(missing)] : []),
        ...(extra.length > 0 ? [m.extra(extra)] : []),
      ];
      const sorted = (s: string) => splitLines(normaliseText(s)).sort();
      return {
        title: m.unordered,
        passed,
        expected: check.expected,
        actual: shown,
        value: text,
        ...(passed ? {} : { details, diff: diffLines(sorted(check.expected), sorted(text)) }),
      };
    }
  }
}

function order(check: Extract<RunCheck, { kind: "order" }>, ctx: EvalContext): Outcome {
  const m = ctx.messages.order;
  const text = check.stream === "stderr" ? ctx.run.stderr : ctx.run.stdout;
  const problem = orderProblem(text, check.sequence, check.regex ?? false);
  const actual =
    problem === null
      ? m.ok
      : problem.kind === "missing"
        ? m.missing(problem.pattern)
        : m.outOfOrder(problem.early, problem.late);
  return {
    title: m.title(check.sequence),
    passed: problem === null,
    expected: m.title(check.sequence),
    actual,
    value: problem === null,
  };
}

function elapsed(check: Extract<RunCheck, { kind: "elapsed" }>, ctx: EvalContext): Outcome {
  const m = ctx.messages;
  const value = ctx.run.elapsed;
  let passed = true;
  let expected: string;
  if (check.near !== undefined) {
    const tolerance = check.tolerance ?? DEFAULT_TOLERANCE;
    passed = Math.abs(value - check.near) <= check.near * tolerance + EPSILON;
    expected = m.elapsed.near(check.near, tolerance);
  } else {
    expected = m.bounds({ min: check.min, max: check.max }) + " s";
  }
  if (check.min !== undefined && value < check.min - EPSILON) passed = false;
  if (check.max !== undefined && value > check.max + EPSILON) passed = false;
  return { title: m.elapsed.title(expected), passed, expected, actual: m.seconds(value), value };
}

function inBounds(value: number, b: { min?: number; max?: number; equals?: number }): boolean {
  if (b.equals !== undefined) return value === b.equals;
  return (b.min === undefined || value >= b.min) && (b.max === undefined || value <= b.max);
}

function errorCheck(check: Extract<RunCheck, { kind: "error" }>, ctx: EvalContext): Outcome {
  const m = ctx.messages.error;
  const error = ctx.run.error;
  const typeOk = check.type === null ? error === null : error?.type === check.type;
  const messageOk =
    check.message === undefined ||
    (error !== null && compilePattern(check.message).test(error.message));
  const actual = error === null ? m.none : `${error.type}: ${error.message}`;
  return {
    title: check.type === null ? m.titleNone : m.titleType(check.type),
    passed: typeOk && messageOk,
    expected:
      check.type === null
        ? m.none
        : check.message
          ? `${check.type}: /${check.message}/`
          : m.type(check.type),
    actual,
    value: error?.type ?? null,
    line: error?.line ?? null,
    ...(error?.traceback ? { details: [error.traceback] } : {}),
  };
}

function loopBlockedCheck(
  check: Extract<RunCheck, { kind: "loop-blocked" }>,
  ctx: EvalContext,
): Outcome {
  const m = ctx.messages;
  const allowed = check.allowed ?? 0;
  const blocking = loopBlocking(ctx.run.trace, allowed);
  const expectBlocked = check.expected ?? false;
  const title = expectBlocked
    ? m.loop.titleExpected
    : allowed > 0
      ? m.loop.titleAllowed(m.seconds(allowed))
      : m.loop.titleNever;
  const actual =
    blocking.count === 0
      ? m.loop.never
      : m.loop.blocked(
          m.seconds(blocking.longest),
          m.seconds(blocking.at ?? 0),
          blocking.detail,
          blocking.count,
          m.seconds(blocking.total),
        );
  return {
    title,
    passed: blocking.count > 0 === expectBlocked,
    expected: title,
    actual,
    value: blocking.longest,
  };
}

function testsCheck(ctx: EvalContext): Outcome {
  const m = ctx.messages.tests;
  const outcomes = ctx.tests;
  if (outcomes === null) {
    // The harness always reports (a broken test source is a failed "<test source>" test), so
    // no results means the run stopped before the tests: its error says why.
    const failed = ctx.run.error;
    const reason = failed ? `${String(failed.type)}: ${String(failed.message)}` : "no results";
    return {
      title: m.title,
      passed: false,
      expected: m.runAndPass,
      actual: m.didNotRun(reason),
      value: null,
    };
  }
  const failed = outcomes.filter((t) => !t.passed);
  return {
    title: m.title,
    passed: failed.length === 0 && outcomes.length > 0,
    expected: m.allPass(outcomes.length),
    actual:
      failed.length === 0 ? m.allPass(outcomes.length) : m.failed(failed.length, outcomes.length),
    value: failed.length,
    ...(failed.length > 0
      ? { details: failed.map((t) => `${t.doc ?? t.name}: ${t.message ?? ""}`) }
      : {}),
  };
}

function codeCheck(check: CodeCheck, ctx: EvalContext): Outcome {
  const m = ctx.messages.code;
  const what = m.what(check.name, check.construct, check.call ?? false);
  const inside = check.inside === undefined ? undefined : m.inside[check.inside];
  const min = check.min ?? 1;
  const title = m.title(check.rule, what, inside, min);
  if (ctx.facts === null || ctx.facts.syntaxError !== null) {
    const error = ctx.facts?.syntaxError;
    const actual = m.syntaxError(error?.message ?? "analysis failed", error?.line ?? null);
    return {
      title,
      passed: false,
      expected: title,
      actual,
      value: null,
      line: error?.line ?? null,
    };
  }
  const found = occurrences(check, ctx.facts);
  const lines = [...new Set(found.flatMap((use) => (use.line === null ? [] : [use.line])))];
  const passed = check.rule === "use" ? found.length >= min : found.length === 0;
  return {
    title,
    passed,
    expected: title,
    actual: found.length === 0 ? m.notUsed : m.usedAt(lines),
    value: found.length,
    line: check.rule === "avoid" ? (lines[0] ?? null) : null,
  };
}

function evaluateKind(check: RunCheck | CodeCheck, ctx: EvalContext): Outcome {
  const m = ctx.messages;
  switch (check.kind) {
    case "output":
      return output(check, ctx);
    case "order":
      return order(check, ctx);
    case "exit": {
      const expected = m.exitStatus(check.code);
      return {
        title: expected,
        passed: ctx.run.exitCode === check.code,
        expected,
        actual: m.exitStatus(ctx.run.exitCode),
        value: ctx.run.exitCode,
      };
    }
    case "error":
      return errorCheck(check, ctx);
    case "elapsed":
      return elapsed(check, ctx);
    case "peak": {
      const { peak, at } = peakConcurrency(ctx.run.trace, check.lane, check.blocked);
      const bounds = m.bounds(check);
      const title = m.peak.title(check.lane, check.blocked, check);
      return {
        title,
        passed: inBounds(peak, check),
        expected: bounds,
        actual: String(peak),
        value: peak,
        ...(at !== null ? { details: [m.peak.at(at)] } : {}),
      };
    }
    case "created": {
      const count = createdCount(ctx.run.trace, check.lane);
      const bounds = m.bounds(check);
      return {
        title: m.created.title(check.lane, check),
        passed: inBounds(count, check),
        expected: bounds,
        actual: String(count),
        value: count,
      };
    }
    case "loop-blocked":
      return loopBlockedCheck(check, ctx);
    case "deadlock": {
      const happened = ctx.run.deadlock !== null;
      const d = m.deadlock;
      return {
        title: check.expected ? d.titleExpected : d.titleNone,
        passed: happened === check.expected,
        expected: check.expected ? d.happened : d.none,
        actual: happened ? d.happened : d.none,
        value: happened,
        ...(ctx.run.deadlock ? { details: [ctx.run.deadlock.message] } : {}),
      };
    }
    case "tests":
      return testsCheck(ctx);
    case "code":
      return codeCheck(check, ctx);
  }
}

/** The result of one check (without its hint), titled by the exercise when it gives a title. */
export function evaluateCheck(check: RunCheck | CodeCheck, ctx: EvalContext): CheckResult {
  const { title, ...rest } = evaluateKind(check, ctx);
  return {
    id: check.id ?? check.kind,
    kind: check.kind,
    title: check.title !== undefined ? localize(check.title, ctx.lang) : title,
    ...rest,
  };
}
