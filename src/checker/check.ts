/**
 * Checks a learner's attempt at an exercise: runs the program through the engine, evaluates
 * every check, picks the targeted hints and returns a {@link Verdict}. The one implementation,
 * used by the app (in the worker) and by `interleave check`.
 *
 * Runs: one per "tests" check (the program plus the test functions), the first of which also
 * returns the program's own result, which stands for the main run with the exercise's settings
 * (see {@link mainRun}; else that run is made on its own); and for
 * "schedules" checks, one explored run per derived seed (./explore) until a schedule fails, then
 * that schedule once more with its accesses recorded, to explain it (./race) and replay it in
 * the app. The code analysis (an interpreter call of its own) only when a code check or the
 * hint of a failing check reads its facts. Deterministic: the runtime is deterministic for a
 * seed and every seed comes from the exercise.
 *
 * With a second engine (`CheckOptions.peer`, another worker's), the other tests checks' runs under
 * the exercise's own seed go there as the check starts: runs are sealed, so which engine made one
 * cannot change it, and the results are read in check order.
 */
import type { Engine, RunRequest, RunResult } from "../engine/types";
import type { Check, Exercise, RunCheck, SchedulesCheck } from "../exercises";
import { buildRunRequest, RUN_DEFAULTS, type StopKind } from "../contract";
import { localize, normaliseExercise } from "../exercises";
import { evaluateCheck, type EvalContext } from "./evaluate";
import { readsRun, selectHint } from "./hints";
import { messagesFor, type Messages } from "./messages";
import { analyzeCode, missingNames, testOutcomes } from "./python";
import {
  exploreSchedules,
  knownSchedules,
  replaySchedule,
  type ExploredRuns,
  type PlannedSchedule,
} from "./explore";
import { explainRace } from "./race";
import { scheduleSeeds } from "./seeds";
import { observedEngine, type CheckStep } from "./steps";
import type { CheckResult, CodeFacts, HintRef, RunSummary, ScheduleReplay, Verdict } from "./types";

export interface CheckOptions {
  /** Language of the verdict's texts (default "en"). */
  lang?: string;
  /** Include the main run's trace in `verdict.run` (for the timeline). */
  keepTrace?: boolean;
  /** File name shown in tracebacks (default: the contract's, "main.py"). */
  filename?: string;
  /** Told, before each interpreter call, what it serves (for measuring the checker). */
  onStep?: (step: CheckStep) => void;
  /** A second engine, in another worker: the top-level tests runs are made there, at once. */
  peer?: Engine | null;
}

interface Session {
  engine: Engine;
  exercise: Exercise;
  base: RunRequest;
  /** Facts about the code: analysed up front for code checks, else only once a check failed
   * (hint conditions such as `uses` read them); a passing attempt needs none. */
  facts: CodeFacts | null;
  lang: string;
  messages: Messages;
  failedTests: Set<string>;
  /** Whether each check passed, by id; filled before hints are chosen. */
  outcomes: Map<string, boolean>;
  /** Contended steps the last explored run of each tests check reported. */
  testSteps: Map<string, number>;
  /** Whether replays carry their run's trace (`CheckOptions.keepTrace`). */
  keepTrace: boolean;
  /** Explored runs of `base`, shared by the schedules checks. */
  explored: ExploredRuns;
  /** What the next interpreter call serves (`CheckOptions.onStep`). */
  step: CheckStep;
  /** The runs of top-level tests checks started on the peer engine, by check: each taken once. */
  ahead: Map<Check | RunCheck, Promise<RunResult>>;
}

const idOf = (check: Check | RunCheck): string => check.id ?? check.kind;

/** A check's result paired with what its hint is chosen from. */
interface Evaluated {
  check: Check | RunCheck;
  result: CheckResult;
  run: RunResult;
  nested: Evaluated[];
  /** The request of a run made for this check alone (tests), to replay it. */
  request?: RunRequest;
  /** Names the tests use that the program does not define (tests checks only). */
  missing?: string[];
}

const context = (s: Session, run: RunResult, tests: EvalContext["tests"] = null): EvalContext => ({
  run,
  facts: s.facts,
  tests,
  lang: s.lang,
  messages: s.messages,
});

/** Runs and evaluates a check that needs only runs of the program (not code, not schedules). */
async function evaluateRunCheck(
  s: Session,
  check: RunCheck,
  run: RunResult,
  seed: number,
  request: RunRequest = s.base,
): Promise<Evaluated> {
  if (check.kind !== "tests")
    return { check, result: evaluateCheck(check, context(s, run)), run, nested: [] };
  // Under an explored schedule the tests explore too, with change points drawn from the steps
  // the previous tests run reported (the program's count alone would put them all before the
  // tests start).
  const key = check.id ?? "tests";
  s.step = { purpose: "tests", checks: [idOf(check)] };
  const explore = request.explore && {
    ...request.explore,
    steps: s.testSteps.get(key) ?? request.explore.steps * 2,
  };
  const testRequest: RunRequest = {
    ...testsRequest(check, request, seed),
    ...(explore ? { explore } : {}),
  };
  // A run the peer could not make (its worker is gone, or it was stopped) is made here: after a
  // Stop, the worker's guard refuses this one too.
  const ahead = s.ahead.get(check);
  s.ahead.delete(check);
  const testRun = await (ahead?.catch(() => s.engine.run(testRequest)) ??
    s.engine.run(testRequest));
  if (testRun.explore && testRun.explore.steps > 0) s.testSteps.set(key, testRun.explore.steps);
  const outcomes = testOutcomes(testRun);
  for (const outcome of outcomes ?? []) if (!outcome.passed) s.failedTests.add(outcome.name);
  return {
    check,
    result: evaluateCheck(check, context(s, testRun, outcomes)),
    run: testRun,
    nested: [],
    request: testRequest,
    missing: missingNames(outcomes, check.code),
  };
}

type TestsCheck = Extract<Check, { kind: "tests" }>;

/** The run of a tests check: the program, then its tests, under `seed`; with `programResult`,
 * the program's own result too (see {@link mainRun}). */
const testsRequest = (
  check: TestsCheck,
  request: RunRequest,
  seed: number,
  programResult = false,
): RunRequest => ({
  ...request,
  seed,
  tests: check.code,
  ...(programResult ? { programResult } : {}),
});

/** The tests check whose run also returns the program's own result: the first top-level one, in
 * a check that does not explore schedules with its main run. */
const mergedCheck = (exercise: Exercise, base: RunRequest): TestsCheck | undefined =>
  base.explore ? undefined : exercise.checks.find((c): c is TestsCheck => c.kind === "tests");

/**
 * The main run. A tests check's run makes the program's run, then the tests: the first one's also
 * returns the program's own result, as the main run would have returned it, and that stands for
 * the main run (one run where there were two: io-or-cpu's crunches are made once, not twice).
 * The runtime returns none when the interpreter's shutdown after the program could still change
 * what the run shows (a thread still running, an exit function, an object that runs code when it
 * is freed); then, or when that run could not be made, the main run is made on its own. Which of
 * the two stands for it depends on the code alone, not on the engine that made it, so a check
 * with a peer or without gives the same verdict.
 */
async function mainRun(
  s: Session,
  merged: TestsCheck | undefined,
  seed: number,
  reads: string[],
): Promise<RunResult> {
  if (merged) {
    let run = s.ahead.get(merged);
    if (!run) {
      s.step = { purpose: "main+tests", checks: [...reads, idOf(merged)] };
      run = s.engine.run(testsRequest(merged, s.base, seed, true));
      s.ahead.set(merged, run);
    }
    const program = (await run.catch(() => null))?.program;
    if (program) return program;
  }
  s.step = { purpose: "main", checks: reads };
  return s.engine.run(s.base);
}

async function evaluateSchedules(
  s: Session,
  check: SchedulesCheck,
  main: RunResult,
): Promise<Evaluated> {
  const m = s.messages.schedules;
  const some = check.require === "some";
  const id = idOf(check);
  const outcome = schedulesOutcome(s, check);
  let last: { run: RunResult; nested: Evaluated[] } | null = null;
  const serving: CheckStep = { purpose: "schedules", checks: [id] };
  s.step = serving;
  for await (const { index, seed, run, replay } of schedules(s, check, main)) {
    const nested: Evaluated[] = [];
    const request = replay?.request ?? s.base;
    for (const inner of check.checks)
      nested.push(await evaluateRunCheck(s, inner, run ?? main, seed, request));
    s.step = serving; // the next schedule's run (the nested tests ran under their own)
    const failing = nested.filter((e) => !e.result.passed);
    // A schedule whose program run was not made (tests only) stands for its tests run.
    const judged = run ?? (failing[0] ?? nested[0])?.run ?? main;
    if (some && failing.length === 0)
      return {
        check,
        result: outcome(true, index, m.passedOn(seed, index + 1)),
        run: judged,
        nested: [],
      };
    if (some) {
      last = { run: judged, nested };
      continue;
    }
    if (failing.length > 0) {
      // Explain the run that failed: the program's, or the tests' when only they failed.
      const failedRequest = replay && (failing[0]?.request ?? replay.request);
      s.step = { purpose: "replay", checks: [id] };
      const explained = failedRequest ? await explainSchedule(s, failedRequest, index, seed) : null;
      const result: CheckResult = {
        ...outcome(false, index, m.failedOn(seed, index + 1, check.count)),
        details: [
          ...(explained ? [explained.explanation] : []),
          ...failing.map((e) => `${e.result.title}: ${e.result.actual}`),
        ],
        children: nested.map((e) => e.result),
        ...(explained ? { replay: explained } : {}),
      };
      return { check, result, run: judged, nested };
    }
  }
  if (some && last) {
    const result: CheckResult = {
      ...outcome(false, check.count, m.noneOf(check.count)),
      children: last.nested.map((e) => e.result),
    };
    return { check, result, run: last.run, nested: last.nested };
  }
  return { check, result: outcome(true, check.count, m.all(check.count)), run: main, nested: [] };
}

/** A schedules check's result, titled by the exercise or after its count, its expectation
 * "all" or "some" of its schedules; `value` is the schedule it was decided on. */
function schedulesOutcome(
  s: Session,
  check: SchedulesCheck,
): (passed: boolean, value: number | null, actual: string) => CheckResult {
  const m = s.messages.schedules;
  const title = check.title !== undefined ? localize(check.title, s.lang) : m.title(check.count);
  const expected = check.require === "some" ? m.some(check.count) : m.all(check.count);
  return (passed, value, actual) => ({
    id: idOf(check),
    kind: check.kind,
    title,
    passed,
    expected,
    actual,
    value,
  });
}

interface ScheduleRun {
  index: number;
  seed: number;
  /** The program's run under the schedule; null when only tests runs are judged under it and
   * no other check made it (see {@link programRunsRead}). */
  run: RunResult | null;
  /** For an explored schedule: how to run it again, recorded. */
  replay: PlannedSchedule | null;
}

/** Whether a schedules check reads the program's own runs under its schedules: not when every
 * check under it is a tests check (each makes a run of its own, the program then the tests,
 * under the same schedule) and no hint of it looks at a run. Then a schedule's program run only
 * costs time (condition-buffer's two producers and two consumers: six program runs under
 * schedules beyond those of its other schedules check, that nothing judged). */
export function programRunsRead(check: SchedulesCheck): boolean {
  return (
    check.checks.some((inner) => inner.kind !== "tests") ||
    (check.hints ?? []).some((rule) => readsRun(rule.when))
  );
}

/** The schedules of a check: explored runs (default), or plain seeded runs (`explore: false`). */
async function* schedules(
  s: Session,
  check: SchedulesCheck,
  main: RunResult,
): AsyncGenerator<ScheduleRun> {
  if (check.explore === false) {
    for (const [index, seed] of scheduleSeeds(main.seed, check.count).entries()) {
      const run = index === 0 ? main : await s.engine.run({ ...s.base, seed });
      yield { index, seed, run, replay: null };
    }
    return;
  }
  const planned = programRunsRead(check)
    ? exploreSchedules(s.engine, s.base, check.count, s.explored)
    : knownSchedules(s.engine, s.base, check.count, s.explored);
  for await (const schedule of planned)
    yield { index: schedule.index, seed: schedule.seed, run: schedule.run, replay: schedule };
}

/** The runtime's limits that can cut a run short (a deadlock and Stop are told apart elsewhere). */
const LIMIT_STOPS: ReadonlySet<string> = new Set<StopKind>([
  "VirtualTimeLimit",
  "StepLimit",
  "OutputLimit",
  "ProcessLimit",
]);

/** The limit's message when `run` was stopped by one, else null. */
const limitStop = (run: RunResult): string | null =>
  run.error !== null && LIMIT_STOPS.has(run.error.type) ? run.error.message : null;

/** Runs a failing explored schedule again, recorded, and words its first conflict. */
async function explainSchedule(
  s: Session,
  request: RunRequest,
  index: number,
  seed: number,
): Promise<ScheduleReplay | null> {
  const run = await replaySchedule(s.engine, request);
  const race = run.explore?.race;
  if (!race) return null;
  return {
    seed,
    schedule: index + 1,
    explanation: explainRace(race, s.lang, limitStop(run)),
    race,
    stdout: run.stdout,
    ...(s.keepTrace
      ? { timeline: { trace: run.trace, elapsed: run.elapsed, deadlock: run.deadlock } }
      : {}),
  };
}

/** Errors Python raises when it compiles the program, before any of it runs. */
const COMPILE_ERRORS = new Set(["SyntaxError", "IndentationError", "TabError"]);

/**
 * What to say when the learner's code does not parse, or null when it does. The main run's
 * error type alone is not proof (a program may raise SyntaxError from `eval`), so the code's
 * analysis decides; it is made only when the run ended with one of those types.
 */
async function parseFailure(
  s: Session,
  run: RunResult,
  code: string,
): Promise<{ actual: string; line: number | null } | null> {
  if (run.error === null || !COMPILE_ERRORS.has(run.error.type)) return null;
  if (s.facts === null) {
    s.step = { purpose: "analysis", checks: ["hints"] };
    s.facts = await analyzeCode(s.engine, code);
  }
  const error = s.facts.syntaxError;
  if (error === null) return null;
  return { actual: s.messages.code.syntaxError(error.message, error.line), line: error.line };
}

/**
 * A schedules or tests check of code that does not parse: failed without its runs, which could
 * only fail too, and whose failure an explorer would explain as a race.
 */
function notRun(
  s: Session,
  check: SchedulesCheck | TestsCheck,
  run: RunResult,
  why: { actual: string; line: number | null },
): Evaluated {
  // titled and expected as when it runs: a tests check as one whose run stopped before its tests
  const failed =
    check.kind === "schedules"
      ? schedulesOutcome(s, check)(false, null, why.actual)
      : evaluateCheck(check, context(s, run));
  return { check, result: { ...failed, ...why, value: null }, run, nested: [] };
}

/** Chooses the hint of a failing evaluation (and of its failing nested checks). */
function attachHints(s: Session, evaluated: Evaluated): CheckResult {
  const { check, result, run } = evaluated;
  const children = evaluated.nested.map((e) => attachHints(s, e));
  const hintOf = (id: string | null): HintRef | null => {
    const text = id === null ? undefined : s.exercise.targetedHints?.[id];
    return id === null || text === undefined ? null : { id, text: localize(text, s.lang) };
  };
  let hint: HintRef | null = null;
  if (!result.passed) {
    hint = hintOf(
      selectHint(check, {
        value: result.value,
        run,
        facts: s.facts,
        failedTests: s.failedTests,
        outcomes: s.outcomes,
      }),
    );
    hint ??= children.find((c) => !c.passed && c.hint)?.hint ?? null;
    // Tests that cannot find the learner's function say nothing about the lesson, so the
    // exercise's hint for them would reason about code that never ran; unless that hint is about
    // the missing name itself (it names it), the checker says what is missing.
    const missing = evaluated.missing ?? [];
    if (missing.length > 0 && !missing.some((name) => hint?.text.includes(`\`${name}`)))
      hint = { id: "missing-names", text: s.messages.tests.missingNames(missing) };
  }
  return { ...result, ...(children.length > 0 ? { children } : {}), hint };
}

function summary(run: RunResult, keepTrace: boolean): RunSummary {
  const { stdout, stderr, exitCode, elapsed, error, deadlock, seed } = run;
  return {
    stdout,
    stderr,
    exitCode,
    elapsed,
    error,
    deadlock,
    seed,
    ...(keepTrace ? { trace: run.trace } : {}),
  };
}

/** The distinct hints of the failing checks, in check order. */
function collectHints(results: readonly CheckResult[]): Verdict["hints"] {
  const hints: Verdict["hints"] = [];
  for (const result of results) {
    if (result.passed || !result.hint) continue;
    const existing = hints.find((h) => h.id === result.hint?.id);
    if (existing) existing.checks.push(result.id);
    else hints.push({ ...result.hint, checks: [result.id] });
  }
  return hints;
}

/** Starts every top-level tests check's run on `peer`, one after another, as the check starts,
 * but the one that stands for the main run too (`merged`): the main run's result is the same on
 * two interpreters but for object addresses, so it is always made on the check's own engine. A
 * run nobody awaits (the main run failed first) is not reported as an unhandled rejection. */
function startAhead(
  s: Session,
  peer: Engine,
  merged: TestsCheck | undefined,
  seed: number,
  onStep: CheckOptions["onStep"],
): void {
  let previous: Promise<unknown> = Promise.resolve();
  for (const check of s.exercise.checks) {
    if (check.kind !== "tests" || check === merged) continue;
    const step: CheckStep = { purpose: "tests", checks: [idOf(check)] };
    const engine = onStep ? observedEngine(peer, () => step, onStep) : peer;
    const request = testsRequest(check, s.base, seed);
    const run = previous.then(() => engine.run(request));
    run.catch(() => undefined);
    previous = run.catch(() => undefined);
    s.ahead.set(check, run);
  }
}

/** Judges `code` as an attempt at `exercise`. Never throws: a checker failure is reported in `failure`. */
export async function checkExercise(
  engine: Engine,
  exercise: Exercise,
  code: string,
  options: CheckOptions = {},
): Promise<Verdict> {
  const lang = options.lang ?? "en";
  const messages = messagesFor(lang);
  const normalised = normaliseExercise(exercise);
  let seed: number = RUN_DEFAULTS.seed;
  let main: RunResult | null = null;
  try {
    const base = buildRunRequest({ ...normalised.run, code, filename: options.filename });
    seed = base.seed;
    const s: Session = {
      engine,
      exercise: normalised,
      base,
      facts: null,
      lang,
      messages,
      failedTests: new Set(),
      outcomes: new Map(),
      testSteps: new Map(),
      keepTrace: options.keepTrace ?? false,
      explored: new Map(),
      step: { purpose: "analysis", checks: [] },
      ahead: new Map(),
    };
    if (options.onStep) s.engine = observedEngine(engine, () => s.step, options.onStep);
    const merged = mergedCheck(normalised, base);
    if (options.peer && !base.explore)
      startAhead(s, options.peer, merged, base.seed, options.onStep);
    // The analysis is an interpreter call of its own (and a reset after it): made only when a
    // check or a hint reads its facts.
    const codeChecks = normalised.checks.filter((check) => check.kind === "code").map(idOf);
    if (codeChecks.length > 0) {
      s.step = { purpose: "analysis", checks: codeChecks };
      s.facts = await analyzeCode(s.engine, code);
    }
    const reads = normalised.checks.filter((c) => c.kind !== "tests" && c.kind !== "schedules");
    const run = await mainRun(s, merged, base.seed, reads.map(idOf));
    main = run;
    const unparsed = await parseFailure(s, run, code);
    const evaluated: Evaluated[] = [];
    for (const check of normalised.checks) {
      if (unparsed !== null && (check.kind === "schedules" || check.kind === "tests"))
        evaluated.push(notRun(s, check, run, unparsed));
      else if (check.kind === "code")
        evaluated.push({ check, result: evaluateCheck(check, context(s, run)), run, nested: [] });
      else if (check.kind === "schedules") evaluated.push(await evaluateSchedules(s, check, run));
      else evaluated.push(await evaluateRunCheck(s, check, run, base.seed));
    }
    // Hints last: conditions such as failedTest and checkPassed look at every check's outcome.
    const failed = (e: Evaluated): boolean => !e.result.passed || e.nested.some(failed);
    if (s.facts === null && evaluated.some(failed)) {
      s.step = { purpose: "analysis", checks: ["hints"] };
      s.facts = await analyzeCode(s.engine, code);
    }
    const record = (e: Evaluated): void => {
      s.outcomes.set(e.result.id, e.result.passed);
      e.nested.forEach(record);
    };
    evaluated.forEach(record);
    // Code that does not parse ran nothing: a hint about what it did would be about nothing.
    const checks = evaluated.map((e) =>
      unparsed === null ? attachHints(s, e) : { ...e.result, hint: null },
    );
    return {
      exerciseId: exercise.id,
      passed: checks.every((c) => c.passed),
      checks,
      hints: collectHints(checks),
      run: summary(run, options.keepTrace ?? false),
      failure: null,
      lang,
      solutionAvailable: true,
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const empty: RunSummary = {
      stdout: "",
      stderr: "",
      exitCode: 1,
      elapsed: 0,
      error: null,
      deadlock: null,
      seed,
    };
    return {
      exerciseId: exercise.id,
      passed: false,
      checks: [],
      hints: [],
      run: main ? summary(main, options.keepTrace ?? false) : empty,
      failure: messages.checkerFailed(reason),
      lang,
      solutionAvailable: true,
    };
  }
}
