/**
 * The checker's results: a {@link Verdict} per attempt, one {@link CheckResult} per check.
 * Plain JSON (it crosses the worker boundary and is printed by `interleave check --json`);
 * the same structure in the app and in the CLI. Texts are already localised.
 */
import type { CheckKind } from "../exercises";
import type { DeadlockReport, RaceReport, RunError, Trace } from "../engine/types";

/** One line of an output diff: in both, only expected ("removed"), or only actual ("added"). */
export interface DiffLine {
  op: "same" | "removed" | "added";
  text: string;
}

/** A targeted hint chosen for a failing check. */
export interface HintRef {
  id: string;
  /** The hint text (Markdown), in the verdict's language. */
  text: string;
}

export interface CheckResult {
  id: string;
  kind: CheckKind;
  /** What the check verifies (the exercise's title for it, or a generated one). */
  title: string;
  passed: boolean;
  /** What was expected, for people: "3.00 s ± 5 %", "exit status 0". */
  expected: string;
  /** What happened, for people: "6.00 s", "used at line 5". */
  actual: string;
  /** The measured value hint conditions compare against (a number, a boolean, a type name or text). */
  value: number | string | boolean | null;
  /** For output checks that compare whole texts: a line diff, expected vs actual. */
  diff?: DiffLine[];
  /** Extra facts: failing tests, the failing seed, where a name is used. */
  details?: string[];
  /** Line in the learner's code the failure points at, when there is one. */
  line?: number | null;
  /** The targeted hint for this failure, if the exercise wrote one that applies. */
  hint?: HintRef | null;
  /** For schedules: the nested checks' results on the first failing schedule. */
  children?: CheckResult[];
  /** For explored schedules that failed: the failing schedule, explained, to replay in the app. */
  replay?: ScheduleReplay;
}

/** A failing explored schedule, run again with its accesses recorded. */
export interface ScheduleReplay {
  seed: number;
  /** 1-based position of the schedule in the check's exploration. */
  schedule: number;
  /** The conflict in words, in the verdict's language (also the first of `details`). */
  explanation: string;
  race: RaceReport;
  stdout: string;
  /** The recorded run itself, for the timeline (with `keepTrace`): its accesses' lanes and
   * times are this trace's. */
  timeline?: { trace: Trace; elapsed: number; deadlock: DeadlockReport | null };
}

/** The main run, as the verdict reports it. */
export interface RunSummary {
  stdout: string;
  stderr: string;
  exitCode: number;
  elapsed: number;
  error: RunError | null;
  deadlock: DeadlockReport | null;
  seed: number;
  /** Present when the caller asked for it (`keepTrace`), e.g. for the timeline. */
  trace?: Trace;
}

export interface Verdict {
  exerciseId: string;
  /** True when every check passed. */
  passed: boolean;
  checks: CheckResult[];
  /** The distinct targeted hints of the failing checks, in check order, with the checks that chose them. */
  hints: (HintRef & { checks: string[] })[];
  run: RunSummary;
  /** Set when the checker itself could not finish (e.g. the engine failed); then `passed` is false. */
  failure: string | null;
  /** Language of the texts. */
  lang: string;
  /**
   * A verdict is an attempt, after which the reference solution may be revealed (the app asks the
   * learner to confirm first and records that in its store).
   */
  solutionAvailable: true;
}

/** Facts about the learner's code from runtime/interleave/checking/ast_facts.py. */
export interface NameUse {
  name: string;
  call: boolean;
  line: number | null;
  col: number | null;
  function: "module" | "def" | "async-def";
  inLoop: boolean;
}

export interface ConstructUse {
  construct: string;
  line: number | null;
  col: number | null;
  function: "module" | "def" | "async-def";
  inLoop: boolean;
}

export interface CodeFacts {
  names: NameUse[];
  constructs: ConstructUse[];
  functions: { name: string; async: boolean; line: number }[];
  syntaxError: { message: string; line: number | null; col: number | null } | null;
}

/** One exercise test function's outcome, from runtime/interleave/checking/harness.py. */
export interface TestOutcome {
  name: string;
  passed: boolean;
  message: string | null;
  doc: string | null;
}
