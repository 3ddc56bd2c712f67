/**
 * Every string of the app's own interface (not exercise texts, not the checker's), per language.
 * One module so a translator finds them all; components read them through `useUiText()`.
 * English is complete by definition (the type is its shape); other languages must be complete too
 * (the compiler says which string is missing).
 */
import type { BlockReason, StopKind } from "../../contract/names";
import type { Lane } from "../../engine/types";
import type { Exercise } from "../../exercises";
import { plural, type Translations } from "../../i18n";
import type { ThemeChoice } from "../../store/slices/prefs";
import type { ExerciseState } from "../course-map/course-progress";
import { DURATION_UNITS_EN, formatDuration } from "../run/duration";
import { RU } from "./ui-text-ru";

export const EN = {
  app: {
    language: "Language",
    courseMap: "Course map",
    noExercises: "No exercises found.",
    solved: "solved",
    tried: "tried",
    difficulty: { easy: "easy", medium: "medium", hard: "hard" } satisfies Record<
      Exercise["difficulty"],
      string
    >,
    noSuchExercise: (id: string) => `There is no exercise called “${id}”.`,
    welcomeTitle: "Learn Python concurrency by running it",
    welcomeBody:
      "Pick an exercise from the course map. Your code runs in real CPython (Pyodide) inside your browser, on a virtual clock: a program that sleeps for ten seconds finishes at once and reports 10.00\u00a0s, threads really race, and deadlocks are found instead of waited for.",
    loadErrors: (files: number) =>
      plural("en", files, {
        one: "One exercise file could not be loaded:",
        other: "# exercise files could not be loaded:",
      }),
    /** Estimated time on the course map, short and spoken. */
    minutes: (n: number) => `~${n} min`,
    minutesLong: (n: number) =>
      plural("en", n, { one: "about # minute", other: "about # minutes" }),
    skipToContent: "Skip to content",
    /** The top bar's menu on a phone. */
    menu: "Menu",
    menuTitle: "Language, theme, export and import of your work, authoring",
    theme: "Theme",
    themes: { system: "System", light: "Light", dark: "Dark" } satisfies Record<
      ThemeChoice,
      string
    >,
  },
  course: {
    continue: "Continue",
    start: "Start",
    allSolved: "You have solved every exercise. Well done!",
    overall: (solved: number, total: number) =>
      `${solved} of ${plural("en", total, { one: "# exercise", other: "# exercises" })} solved`,
    moduleProgress: (solved: number, total: number) => `${solved} of ${total} solved`,
    states: { new: "not started", attempted: "attempted", solved: "solved" } satisfies Record<
      ExerciseState,
      string
    >,
  },
  nav: {
    label: "Exercise navigation",
    back: "Course map",
    previous: "Previous",
    next: "Next",
    position: (module: string, index: number, total: number) =>
      `${module} · exercise ${index} of ${total}`,
  },
  python: {
    starting: "Starting Python…",
    startingStage: (stage: string) => `Starting Python (${stage})…`,
    stages: { "loading-pyodide": "loading Pyodide", "starting-engine": "starting the simulator" },
    ready: (version: string) => `Python ${version} ready`,
    failed: "Python failed to start.",
    noStackSwitching:
      "This browser cannot run Python threads or processes (they need Chrome 137+, Firefox 153+ or Safari 27+). asyncio programs run fine.",
  },
  toolbar: {
    label: "Program",
    run: "Run",
    runTitle: (mod: string) => `Run (${mod}+Enter)`,
    check: "Check",
    checkTitle: (mod: string) => `Check your solution (${mod}+Shift+Enter)`,
    stop: "Stop",
    reset: "Reset code",
    editorLabel: (title: string) => `Python code for ${title}`,
    editorLoading: "Loading the editor…",
    resetTitle: "Reset the code to the starter?",
    resetBody:
      "Your code for this exercise is replaced by the exercise's starter code. You can undo it right after.",
    resetConfirm: "Reset",
    cancel: "Cancel",
    resetDone: "The code was reset to the starter.",
    undo: "Undo",
    keys: (mod: string) => `${mod}+Enter runs, ${mod}+Shift+Enter checks. Esc leaves the editor.`,
    tabFocus: (on: boolean) => `Tab key: ${on ? "moves focus" : "indents"} (Ctrl+M switches)`,
  },
  console: {
    label: "Console",
    running: "Running…",
    checking: "Checking…",
    stopping: "Stopping…",
    /** A duration in the unit that fits it (../run/duration.ts). */
    seconds: (s: number) => formatDuration(s, DURATION_UNITS_EN),
    replayAt: (speed: number) => `Replay at ${speed}×`,
    replaying: "Replaying…",
    stopReplay: "Show all",
    times: "Show virtual times",
    noTimes:
      "No replay or virtual times for this output: the run left no full record of its lines.",
    finished: (time: string, exitCode: number) =>
      `Finished in ${time} of virtual time (exit code ${exitCode})`,
    raised: (type: string, line: number | null, time: string, exitCode: number) =>
      `${type}${line === null ? "" : ` on line ${line}`} after ${time} of virtual time (exit code ${exitCode})`,
    /** What `raised` names instead of the runtime's name of a stop (`RunError.type`); not
     * KeyboardInterrupt, which is also the name of the Python exception a program may raise. */
    stopKinds: {
      Deadlock: "Deadlock",
      VirtualTimeLimit: "Virtual time limit reached",
      StepLimit: "Step limit reached",
      OutputLimit: "Output limit reached",
      ProcessLimit: "Too many processes",
    } as Partial<Record<StopKind, string>>,
    checked: (passed: boolean, time: string) =>
      `${passed ? "Check passed" : "Check failed"}: the program ran for ${time} of virtual time`,
    checkerFailed: "The checker could not finish; see the check results.",
    stoppedInterrupt: "Stopped (KeyboardInterrupt).",
    stoppedRestart: "Stopped (Python was restarted to end the program).",
    failed: (message: string) => `The run failed: ${message}`,
  },
  verdict: {
    label: "Check results",
    previous: (summary: string) => `Previous check: ${summary}`,
    failedShort: "some checks failed.",
    checking: "Checking your solution…",
    passed: "All checks passed. Well done!",
    failed: (passed: number, total: number) =>
      `${passed} of ${plural("en", total, { one: "# check", other: "# checks" })} passed`,
    checkPassed: "passed",
    checkFailed: "failed",
    expected: "Expected",
    actual: "Actual",
    diff: "Expected (−) vs actual (+)",
    diffOps: { same: "in both", removed: "expected only", added: "actual only" },
    line: (line: number) => `line ${line}`,
    hint: "Hint",
    sameHint: (title: string) => `Hint: the same as for “${title}” above.`,
    checkerFailed: "The checker could not finish",
    otherLanguage: "These results are in another language: check again to see them in yours.",
    failedToRun: (message: string) => `The check could not run: ${message}`,
    stopped: "The check was stopped.",
  },
  replay: {
    open: "Replay this schedule",
    close: "Close the replay",
    label: (schedule: number, seed: number) => `Replay of schedule ${schedule} (seed ${seed})`,
    keys: "← → step through the accesses, Home/End jump to the first/last; each thread's line is highlighted in the editor.",
    previous: "Previous step",
    next: "Next step",
    step: (index: number, count: number) => `Step ${index} of ${count}`,
    conflict: "conflicting access",
    op: { read: "read", write: "wrote", test: "tested", enter: "enters with", call: "called" },
    at: (line: number | null) => (line === null ? "" : `line ${line}`),
    threadAt: (thread: string, what: string) => `${thread}: ${what}`,
  },
  hints: {
    label: "Hints",
    show: (left: number) => `Show a hint (${left} left)`,
    none: "No more hints.",
    number: (n: number) => `Hint ${n}`,
  },
  solution: {
    label: "Solution",
    show: "Show the solution",
    locked: "Check your code at least once to unlock the reference solution.",
    confirmTitle: "Reveal the reference solution?",
    confirmBody:
      "You will see a complete answer. Your own code stays as it is. Trying a little longer, with a hint, is often worth it.",
    confirm: "Reveal",
    cancel: "Cancel",
    code: "Reference solution",
    explanation: "Why it works",
  },
  timeline: {
    label: "Timeline",
    lanes: "Timeline lanes",
    /** Unit names of the axis and the details ("1 s", "250 ms"). */
    units: DURATION_UNITS_EN,
    empty: "Run or check your code to see its timeline.",
    sourceRun: (elapsed: string) => `The last run: ${elapsed} of virtual time.`,
    sourceCheck: (elapsed: string) => `The main run of the last check: ${elapsed} of virtual time.`,
    sourceReplay: (schedule: number, seed: number, elapsed: string) =>
      `Replay of schedule ${schedule} (seed ${seed}): ${elapsed} of virtual time; the racing accesses are marked ◆.`,
    conflicts: (n: number) => `${n} racing ${n === 1 ? "access" : "accesses"}`,
    zoomIn: "Zoom in",
    zoomOut: "Zoom out",
    fit: "Fit",
    legend: "Legend",
    running: "running",
    ready: "ready (waiting for its turn)",
    blocked: (reason: string) => `blocked: ${reason}`,
    printed: "printed",
    loopBlocked: "blocked the event loop",
    deadlock: "deadlock",
    deadlockAt: (t: string) => `Deadlock at ${t}: nothing could run any more.`,
    deadlocked: (waitsFor: string, heldBy: string | null) =>
      `deadlocked: waits for ${waitsFor}${heldBy ? `, held by ${heldBy}` : ""}`,
    truncated: "The trace was cut short to keep it small: the end of the run is missing.",
    kinds: { process: "process", thread: "thread", task: "task" } as Record<Lane["kind"], string>,
    started: (t: string) => `started at ${t}`,
    finished: (t: string) => `finished at ${t}`,
    finishedWith: (error: string, t: string) => `ended by ${error} at ${t}`,
    span: (from: string, to: string, length: string) => `${from} → ${to} (${length})`,
    printAt: (t: string) => `printed at ${t}`,
    loopBlockedFor: (length: string) => `held the event loop for ${length} without awaiting`,
    keys: "Arrow keys: ↑↓ lane, ←→ event, Home/End.",
    reasons: {
      sleep: "sleep",
      lock: "lock",
      condition: "condition",
      semaphore: "semaphore",
      barrier: "barrier",
      event: "event",
      queue: "queue",
      join: "join",
      future: "future",
      await: "await",
      select: "event loop idle",
      io: "file I/O",
      network: "network",
      yield: "yield",
    } satisfies Record<BlockReason, string>,
  },
  saving: {
    full: "Your work is not being saved: the browser's storage for this site is full. Export it to a file to keep it.",
    failed:
      "Your work is not being saved: the browser refused to store it. Export it to a file to keep it.",
    unavailable:
      "This browser gives the site no storage (a privacy setting?): your work lives only in this tab. Export it to a file to keep it.",
    export: "Export my work",
    exportTitle: "Download your code and progress as a file",
    retry: "Try saving again",
    importWork: "Import work",
    importTitle: "Add code and progress from an exported file",
    importSummary: (code: number, progress: number, solved: number) =>
      code + progress + solved === 0
        ? "The file held nothing newer than what is here: nothing changed."
        : `Added from the file: ${[
            code > 0 &&
              plural("en", code, {
                one: "newer code of # exercise",
                other: "newer code of # exercises",
              }),
            progress > 0 &&
              plural("en", progress, {
                one: "progress of # exercise",
                other: "progress of # exercises",
              }),
            solved > 0 &&
              plural("en", solved, {
                one: "# newly solved exercise",
                other: "# newly solved exercises",
              }),
          ]
            .filter(Boolean)
            .join(", ")}.`,
    notABackup: (name: string) => `${name} is not a file exported by Interleave.`,
  },
};

export type UiText = typeof EN;

/** One table per language of the registry (src/i18n); a missing one does not compile. */
export const UI_TEXT: Translations<UiText> = { en: EN, ru: RU };
